"""Reading the files a shop's back office exports (orders, affiliates, campaigns).

Plain Python, no Qt: the GUI runs these in a worker thread and the CLI calls them directly.
"""
