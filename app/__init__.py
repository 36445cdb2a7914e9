"""掌柜助手 Zhanggui: the shopkeeper's assistant."""

__version__ = "0.1.0"
APP_NAME = "Zhanggui"
# The brand, shown as it is in every language.
DISPLAY_NAME = "掌柜助手 Zhanggui"
