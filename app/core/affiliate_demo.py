"""The register's demo data: thirty affiliates of every kind, two groups of ours, tags and the
promoter keys (推广者昵称, PID) that the demo's affiliate orders are matched by.

Deterministic: the same ``today`` gives the same records (contacts from a seeded random).
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from app.core import affiliates

SEED = 4
# name, nickname, kind, status, gender, province, city, vip, tags, channels (kind, name, url, audience), notes
PEOPLE = (
    ("张三", "省钱小张", "taoke", "active", "m", "浙江", "杭州", True, "高佣、爆款推手",
     (("guide_site", "省钱快报", "https://www.shengqian-demo.cn", 120000), ("qq_group", "9.9包邮群", "", 2000)),
     "大客户，每周电话沟通一次"),
    ("李四", "券妈李姐", "leader", "active", "f", "广东", "广州", False, "宝妈、母婴",
     (("wechat_group", "李姐好物团", "", 480),), "小区团购，母婴类转化好"),
    ("王芳", "芳芳好物", "creator", "active", "f", "上海", "上海", True, "美妆、短视频",
     (("short_video", "芳芳好物分享", "https://v.douyin-demo.com/fangfang", 86000),), "抖音达人，需要高清素材"),
    ("刘洋", "阿洋数码", "taoke", "active", "m", "北京", "北京", False, "数码",
     (("guide_site", "数码折扣站", "https://shuma-demo.com", 30000),), ""),
    ("陈静", "静静团购", "leader", "active", "f", "四川", "成都", False, "宝妈、零食",
     (("wechat_group", "静静社区团1群", "", 500), ("wechat_group", "静静社区团2群", "", 430)), ""),
    ("杨帆", "扬帆优选", "curator", "active", "m", "江苏", "南京", False, "稳定",
     (("guide_site", "扬帆优选导购", "https://yangfan-demo.com", 54000),), "优站站长，每天更新"),
    ("黄磊", "磊哥爆料", "taoke", "paused", "m", "湖北", "武汉", False, "需催",
     (("qq_group", "磊哥爆料群", "", 1800),), "最近没怎么推，问过两次"),
    ("赵敏", "敏敏生活馆", "creator", "active", "f", "福建", "厦门", False, "家居",
     (("weibo", "@敏敏生活馆", "https://weibo-demo.com/minmin", 23000),), ""),
    ("吴刚", "吴老师推荐", "taoke", "active", "m", "山东", "青岛", True, "高佣、稳定",
     (("app", "省钱App", "", 300000), ("qq_group", "吴老师优惠群", "", 2000)), "App 流量大，佣金敏感"),
    ("周婷", "婷婷优惠", "taoke", "prospect", "f", "河南", "郑州", False, "新人",
     (("qq_group", "婷婷优惠券群", "", 600),), "刚加好友，还没推过"),
    ("徐丽", "丽丽宝妈团", "leader", "active", "f", "湖南", "长沙", False, "宝妈、母婴",
     (("wechat_group", "丽丽宝妈团", "", 490),), ""),
    ("孙浩", "浩哥直播间", "creator", "active", "m", "浙江", "金华", True, "直播、爆款推手",
     (("live", "浩哥直播间", "https://live-demo.com/haoge", 150000),), "直播前一天要样品和讲解要点"),
    ("马超", "超值马", "taoke", "lost", "m", "陕西", "西安", False, "爱砍价",
     (("qq_group", "超值优惠群", "", 900),), "要求私下加钱，已停止合作"),
    ("朱琳", "琳琳美妆", "creator", "active", "f", "广东", "深圳", False, "美妆",
     (("short_video", "琳琳美妆日记", "", 41000),), ""),
    ("胡军", "军哥折扣", "taoke", "active", "m", "安徽", "合肥", False, "零食",
     (("guide_site", "军哥折扣网", "https://junge-demo.com", 12000),), ""),
    ("郭晓燕", "燕子团长", "leader", "active", "f", "重庆", "重庆", False, "零食、稳定",
     (("wechat_group", "燕子社区团", "", 500),), ""),
    ("何明", "何明说好物", "creator", "paused", "m", "江西", "南昌", False, "家居",
     (("weibo", "@何明说好物", "", 8000),), "换了方向，暂停"),
    ("高洁", "洁洁省钱", "taoke", "active", "f", "天津", "天津", False, "学生",
     (("qq_group", "大学生省钱群", "", 1500),), "学生群，开学季效果好"),
    ("林峰", "峰哥优站", "curator", "active", "m", "福建", "福州", False, "数码、稳定",
     (("guide_site", "峰哥优站", "https://fengge-demo.com", 26000),), ""),
    ("罗玉", "玉儿推荐", "taoke", "prospect", "f", "云南", "昆明", False, "新人",
     (("wechat_group", "玉儿好物推荐", "", 200),), ""),
    ("郑凯", "凯哥聚划算", "taoke", "active", "m", "河北", "石家庄", False, "高佣",
     (("app", "聚省App", "", 50000),), ""),
    ("梁晓雯", "雯雯母婴", "creator", "active", "f", "广西", "南宁", False, "母婴、宝妈",
     (("short_video", "雯雯育儿", "", 33000),), ""),
    ("谢伟", "伟哥团购", "leader", "lost", "m", "辽宁", "沈阳", False, "",
     (("wechat_group", "伟哥团购群", "", 300),), "群解散了"),
    ("宋佳", "佳佳好物", "taoke", "active", "f", "江苏", "苏州", False, "家居、美妆",
     (("qq_group", "佳佳好物群", "", 1200),), ""),
    ("唐磊", "唐唐说数码", "creator", "active", "m", "北京", "北京", False, "数码",
     (("short_video", "唐唐说数码", "https://v.kuaishou-demo.com/tang", 64000),), ""),
    ("许静怡", "怡然折扣", "curator", "paused", "f", "浙江", "宁波", False, "",
     (("guide_site", "怡然折扣站", "https://yiran-demo.com", 9000),), "网站改版中"),
    ("韩冰", "冰冰社团", "leader", "active", "f", "黑龙江", "哈尔滨", False, "零食",
     (("wechat_group", "冰冰社区团", "", 460),), ""),
    ("冯晓东", "东哥精选", "taoke", "active", "m", "广东", "东莞", True, "高佣、稳定",
     (("guide_site", "东哥精选", "https://dongge-demo.com", 88000), ("qq_group", "东哥精选1群", "", 2000)), ""),
    ("曾小贤", "小贤推荐", "other", "prospect", "m", "湖南", "株洲", False, "",
     (), "朋友介绍，做校园代理"),
    ("邓丽", "丽丽爱分享", "creator", "active", "f", "四川", "绵阳", False, "美妆、学生",
     (("weibo", "@丽丽爱分享", "", 15000),), ""),
)


def load(store, *, today: date) -> list[str]:
    rng = random.Random(SEED)
    now = datetime.combine(today, time(9))
    ids = []
    with store.write():
        qq_group = affiliates.add_group(store, "淘客交流1群", "qq", "568123456", "主推爆款和佣金通知", now=now)
        wechat_group = affiliates.add_group(store, "团长福利群", "wechat", "", "团长和达人", now=now)
        for n, (name, nickname, kind, status, gender, province, city, vip, tags, channels, notes) in enumerate(PEOPLE):
            fields = {"name": name, "nickname": nickname, "kind": kind, "status": status, "gender": gender,
                      "province": province, "city": city, "vip": vip, "notes": notes,
                      "qq": str(rng.randint(10_000_000, 2_999_999_999)) if kind in ("taoke", "curator") or n % 3 == 0
                      else "",
                      "wechat": f"wx_{rng.choice(('xiao', 'da', 'a', 'mm', 'gg'))}{rng.randint(1000, 9999)}",
                      "phone": f"1{rng.choice('35789')}{rng.randint(0, 999_999_999):09d}" if vip or n % 2 == 0 else "",
                      "joined_on": (today - timedelta(days=rng.randint(20, 900))).isoformat(),
                      "contact_every_days": 7 if vip else (14 if status == "active" and n % 4 == 0 else None)}
            groups = [qq_group] if kind in ("taoke", "curator") else [wechat_group] if kind in ("leader", "creator") \
                else []
            keys = [("nick", f"{nickname}"), ("pid", f"mm_1234_{5678 + n}_{100000 + n * 37}")]
            ids.append(affiliates.add_affiliate(
                store, fields, tags=affiliates.split_tags(tags), group_ids=groups, keys=keys,
                channels=[{"kind": k, "name": cname, "url": url, "audience": audience}
                          for k, cname, url, audience in channels], now=now))
    return ids
