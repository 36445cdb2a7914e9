"""The codes of the affiliates tab and their (zh, en) names, in the order lists show them.

Stored values are the codes (stable across languages); ``records.pick(NAMES[code], lang)``
gives the name to show. The Chinese names are the words the trade uses (domain brief §1).
"""

KINDS = {"taoke": ("淘客", "Affiliate"), "leader": ("团长", "Group leader"), "creator": ("达人", "Creator (KOL)"),
         "curator": ("优站站长", "Curation site"), "other": ("其他", "Other")}
STATUSES = {"prospect": ("潜在", "Prospect"), "active": ("合作中", "Active"), "paused": ("暂停", "Paused"),
            "lost": ("流失", "Lost")}
GENDERS = {"": ("未填", "Not given"), "f": ("女", "Female"), "m": ("男", "Male")}
CHANNEL_KINDS = {"guide_site": ("导购网站", "Shopping-guide site"), "qq_group": ("QQ群", "QQ group"),
                 "wechat_group": ("微信群", "WeChat group"), "weibo": ("微博", "Weibo"), "live": ("直播", "Live streaming"),
                 "short_video": ("短视频", "Short video"), "app": ("App", "App"), "other": ("其他", "Other")}
GROUP_KINDS = {"qq": ("QQ群", "QQ group"), "wechat": ("微信群", "WeChat group")}
KEY_KINDS = {"nick": ("推广者昵称", "Promoter nickname"), "pid": ("推广位/PID", "Ad zone / PID"),
             "media": ("来源媒体", "Source media")}

# The follow-up log (跟进记录).
CONTACT_CHANNELS = {"qq": ("QQ", "QQ"), "wechat": ("微信", "WeChat"), "phone": ("电话", "Phone"),
                    "wangwang": ("旺旺", "Wangwang"), "group": ("群", "Group"), "in_person": ("当面", "In person"),
                    "other": ("其他", "Other")}
FOLLOW_UP_KINDS = {"routine": ("日常沟通", "Routine contact"), "payment_reminder": ("催付提醒", "Unpaid-order reminder"),
                   "materials": ("素材提供", "Materials sent"), "commission": ("佣金调整通知", "Commission change notice"),
                   "delisting": ("下架换链通知", "Delisting / relink notice"), "promo_check": ("在推检查", "Promotion check"),
                   "reward": ("奖励通知", "Reward notice"), "other": ("其他", "Other")}

# 在推检查 results.
CHECK_RESULTS = {"listed": ("在推", "Promoting"), "removed": ("已下架", "Taken down"), "broken": ("链接失效", "Broken link")}

# Affiliate order statuses (推广订单明细).
ORDER_STATUSES = {"paid": ("已付款", "Paid"), "settled": ("已结算", "Settled"), "failed": ("已失效", "Invalid")}

# Bonus plan metrics.
BONUS_METRICS = {"orders": ("推广单量", "Promoted orders"), "amount": ("推广金额", "Promoted amount")}
