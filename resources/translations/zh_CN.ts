<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AffiliatesTab</name>
    <message>
        <source>Affiliates</source>
        <translation>淘客管理</translation>
    </message>
    <message>
        <source>Coming here: one register of affiliates, group leaders and creators, with their commission rates, bonus plans and the follow-up log your customer-service staff keep.</source>
        <translation>即将上线：淘客、团长、达人的统一登记册，包括佣金比例、奖金计划，以及客服记录的跟进记录。</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screenshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>★ Required module: counts {weight} times in the score.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stale: not done yet, so it needs checking.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stale: never checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stale: last checked on {date}, more than {days} days ago.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space: To do → In progress → Done. Keys 1–4: To do, In progress, Done, Not applicable. Double-click to choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where on the page the module is: screen 1, 2, 3 or below. Double-click to choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click or press F2 to write a note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+V pastes a screenshot onto the selected item, or drop an image file on a row. Double-click to view it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <translation>出错了：{message}</translation>
    </message>
    <message>
        <source>Your saved data is safe. Details were written to the log file:
{path}</source>
        <translation>已保存的数据是安全的。详细信息已写入日志文件：
{path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Affiliates</source>
        <translation>淘客管理</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>活动策划</translation>
    </message>
    <message>
        <source>Storefront</source>
        <translation>店铺模块</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售图表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Staff name…</source>
        <translation>工作人员姓名(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言 Language(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>载入示例数据(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;About Zhanggui</source>
        <translation>关于掌柜助手(&amp;A)</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>正在打开 {path}…</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Zhanggui databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>掌柜助手数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Restored. The previous data was kept in {path}</source>
        <translation>已恢复。原来的数据已保存在 {path}</translation>
    </message>
    <message>
        <source>Zhanggui</source>
        <translation>掌柜助手</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <source>Add demo shops to this empty database, to try the app on?</source>
        <translation>要在这个空数据库里添加示例店铺，用来试用软件吗？</translation>
    </message>
    <message>
        <source>Demo data added.</source>
        <translation>已添加示例数据。</translation>
    </message>
    <message>
        <source>Staff name</source>
        <translation>工作人员姓名</translation>
    </message>
    <message>
        <source>Your name, recorded with the checks and follow-ups you make on this PC:</source>
        <translation>您的姓名（会记录在您在这台电脑上做的检查和跟进里）：</translation>
    </message>
    <message>
        <source>Staff name: {name}</source>
        <translation>工作人员：{name}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes the next time Zhanggui starts.</source>
        <translation>语言将在下次启动掌柜助手时生效。</translation>
    </message>
    <message>
        <source>About Zhanggui</source>
        <translation>关于掌柜助手</translation>
    </message>
    <message>
        <source>&lt;h3&gt;掌柜助手 Zhanggui {version}&lt;/h3&gt;&lt;p&gt;The shopkeeper's assistant for small online shops.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Data folder: {data}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;掌柜助手 Zhanggui {version}&lt;/h3&gt;&lt;p&gt;网店掌柜的好帮手。&lt;/p&gt;&lt;p&gt;数据库：{db}&lt;br&gt;数据文件夹：{data}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>关闭前正在备份…</translation>
    </message>
</context>
<context>
    <name>PromotionsTab</name>
    <message>
        <source>Promotions</source>
        <translation>活动策划</translation>
    </message>
    <message>
        <source>Coming here: price tactics with the profit left after commission and fees, campaign plans on a calendar with China's shopping festivals, and margin checks.</source>
        <translation>即将上线：各种价格策略及扣除佣金和平台费后的利润、带有各大购物节的活动日历，以及毛利检查。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The current data is backed up before it is replaced, so a restore can itself be undone.</source>
        <translation>恢复前会先备份当前数据，所以恢复操作本身也可以撤销。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <source>Backups of this database, newest first:</source>
        <translation>本数据库的备份（最新的在前）：</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>Zhanggui databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>掌柜助手数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the current data with the backup
{path}?

The current data is backed up first.</source>
        <translation>用以下备份替换当前数据吗？
{path}

当前数据会先备份。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}. Restore it?</source>
        <translation>最新的完好备份来自 {when}。要恢复它吗？</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>恢复最新备份</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>Sales</source>
        <translation>销售图表</translation>
    </message>
    <message>
        <source>Coming here: orders imported from your back-office exports, and charts of revenue, orders, average order value and conversion by day, affiliate and campaign.</source>
        <translation>即将上线：从后台导出文件导入订单，按日期、淘客和活动查看销售额、订单数、客单价和转化率图表。</translation>
    </message>
</context>
<context>
    <name>StorefrontTab</name>
    <message>
        <source>Storefront</source>
        <translation>店铺模块</translation>
    </message>
    <message>
        <source>Coming here: the modules every shop page needs and the layout rules, checked shop by shop, with your progress.</source>
        <translation>即将上线：店铺首页必备模块与布局规则，按店铺逐项检查，并显示进度。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>Integrity check: ok</source>
        <translation>完整性检查：正常</translation>
    </message>
    <message>
        <source>Data version: {found} (this version of Zhanggui: {latest})</source>
        <translation>数据版本：{found}（本版掌柜助手：{latest}）</translation>
    </message>
    <message>
        <source>It will be upgraded when opened, after a backup.</source>
        <translation>打开时会先备份，再自动升级。</translation>
    </message>
    <message>
        <source>Size: {size:,} bytes</source>
        <translation>大小：{size:,} 字节</translation>
    </message>
    <message>
        <source>Backups: {count}, newest {when}</source>
        <translation>备份：{count} 个，最新 {when}</translation>
    </message>
    <message>
        <source>Backups: none yet</source>
        <translation>备份：暂无</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <source>Restored {db} from {src}.</source>
        <translation>已用 {src} 恢复 {db}。</translation>
    </message>
    <message>
        <source>The previous data was kept in {path}</source>
        <translation>原来的数据已保存在 {path}</translation>
    </message>
    <message>
        <source>Demo data added to {path}</source>
        <translation>示例数据已添加到 {path}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is not a text file in UTF-8 or GB18030 (GBK). Export it again as CSV from the back office.</source>
        <translation>{path} 不是 UTF-8 或 GB18030（GBK）编码的文本文件。请从后台重新导出为 CSV 文件。</translation>
    </message>
    <message>
        <source>{path}, line {line}: {count} cells, but the header has {expected}. The file may be damaged.</source>
        <translation>{path} 第 {line} 行：有 {count} 个单元格，但表头只有 {expected} 列。文件可能已损坏。</translation>
    </message>
    <message>
        <source>{path}, line {line}: not valid CSV ({reason}).</source>
        <translation>{path} 第 {line} 行：不是有效的 CSV（{reason}）。</translation>
    </message>
    <message>
        <source>{path} has no header line: it is empty.</source>
        <translation>{path} 没有表头行：文件是空的。</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <source>The backup {path} failed its check: {reason}</source>
        <translation>备份 {path} 未通过检查：{reason}</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the backup.</source>
        <translation>{path} 已存在，请为备份选择一个新文件名。</translation>
    </message>
    <message>
        <source>Could not back up {path}: {reason}</source>
        <translation>无法备份 {path}：{reason}</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>备份 {path} 不存在。</translation>
    </message>
    <message>
        <source>Could not restore {path}: {reason}</source>
        <translation>无法恢复 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>{path} is on a network share, where SQLite cannot lock the file reliably. Copy it to this computer's disk and open it there.</source>
        <translation>{path} 位于网络共享上，SQLite 无法可靠地锁定文件。请复制到本机硬盘后再打开。</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it is not a Zhanggui database.</source>
        <translation>{path} 是空文件（0 字节），不是掌柜助手数据库。</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database (it may be another kind of file).</source>
        <translation>{path} 不是 SQLite 数据库（可能是其他类型的文件）。</translation>
    </message>
    <message>
        <source>{path} is locked by another program. Close it and try again.</source>
        <translation>{path} 被其他程序锁定。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read: {reason}</source>
        <translation>{path} 已损坏，无法读取：{reason}</translation>
    </message>
    <message>
        <source>{path} failed the integrity check: {reason}</source>
        <translation>{path} 未通过完整性检查：{reason}</translation>
    </message>
    <message>
        <source>{path} is a SQLite database of another program, not of Zhanggui.</source>
        <translation>{path} 是其他程序的 SQLite 数据库，不是掌柜助手的。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Zhanggui (data version {found}, this version knows up to {latest}). Update Zhanggui to open it; the file was not changed.</source>
        <translation>{path} 由更新版本的掌柜助手写入（数据版本 {found}，本版本最高支持 {latest}）。请升级掌柜助手后再打开；文件未做任何改动。</translation>
    </message>
    <message>
        <source>“{text}” is not an amount of money: not a finite number</source>
        <translation>“{text}”不是金额：不是有限的数字</translation>
    </message>
    <message>
        <source>“{text}” is too large for an amount of money (at most {limit})</source>
        <translation>“{text}”金额过大（最多 {limit}）</translation>
    </message>
    <message>
        <source>“{text}” has too many decimal places (at most 2 for 元)</source>
        <translation>“{text}”小数位数过多（元最多 2 位小数）</translation>
    </message>
    <message>
        <source>“{text}” is negative; enter 0 or more here</source>
        <translation>“{text}”是负数；此处请输入 0 或以上</translation>
    </message>
    <message>
        <source>“{text}” is not a number: misplaced sign</source>
        <translation>“{text}”不是数字：正负号位置不对</translation>
    </message>
    <message>
        <source>“{text}” is not a number: unexpected space</source>
        <translation>“{text}”不是数字：中间有多余的空格</translation>
    </message>
    <message>
        <source>“{text}” is not a number: unexpected character “{char}”</source>
        <translation>“{text}”不是数字：含有无法识别的字符“{char}”</translation>
    </message>
    <message>
        <source>“{text}” is not a number: no digits</source>
        <translation>“{text}”不是数字：没有数字</translation>
    </message>
    <message>
        <source>“{text}” is not a number: more than one decimal point</source>
        <translation>“{text}”不是数字：小数点多于一个</translation>
    </message>
    <message>
        <source>The amount of money is empty</source>
        <translation>金额为空</translation>
    </message>
    <message>
        <source>“{text}” is not an amount of money: use a minus sign, not brackets</source>
        <translation>“{text}”不是金额：负数请用减号，不要用括号</translation>
    </message>
    <message>
        <source>“{text}” is not a rate: expected a number</source>
        <translation>“{text}”不是比例：应为数字</translation>
    </message>
    <message>
        <source>“{text}” is too high for a rate (at most {limit})</source>
        <translation>“{text}”作为比例过高（最多 {limit}）</translation>
    </message>
    <message>
        <source>“{text}” is not an amount of money: misplaced thousands separator</source>
        <translation>“{text}”不是金额：千位分隔符位置不对</translation>
    </message>
    <message>
        <source>“{text}” is not an amount of money: expected a number</source>
        <translation>“{text}”不是金额：应为数字</translation>
    </message>
    <message>
        <source>The rate is empty</source>
        <translation>比例为空</translation>
    </message>
    <message>
        <source>“{text}” is not a rate: not a finite number</source>
        <translation>“{text}”不是比例：不是有限的数字</translation>
    </message>
    <message>
        <source>“{text}” is negative; a rate cannot be below 0%</source>
        <translation>“{text}”是负数；比例不能低于 0%</translation>
    </message>
    <message>
        <source>“{text}” has too many decimal places (at most 2 for a percentage)</source>
        <translation>“{text}”小数位数过多（百分数最多 2 位小数）</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. If the file is open in Excel or WPS, close it and try again.</source>
        <translation>无法写入 {path}：{reason}。如果这个文件正在 Excel 或 WPS 中打开，请先关闭再试。</translation>
    </message>
    <message>
        <source>The demo data can only be added to an empty database; this one already holds shop data.</source>
        <translation>示例数据只能加入空数据库；这个数据库里已经有店铺数据了。</translation>
    </message>
    <message>
        <source>“{text}…” is too long: at most {limit} characters.</source>
        <translation>“{text}…”太长了：最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>The screen must be 1, 2, 3 or 4 (below the third screen), not “{value}”.</source>
        <translation>屏数只能是 1、2、3 或 4（3屏以下），不能是“{value}”。</translation>
    </message>
    <message>
        <source>This shop no longer exists (it may have been deleted).</source>
        <translation>这个店铺已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>Enter the shop's name.</source>
        <translation>请输入店铺名称。</translation>
    </message>
    <message>
        <source>Unknown platform “{code}”.</source>
        <translation>未知的平台“{code}”。</translation>
    </message>
    <message>
        <source>There is already a shop named “{name}”.</source>
        <translation>已经有一个名为“{name}”的店铺。</translation>
    </message>
    <message>
        <source>This checklist item no longer exists.</source>
        <translation>这个检查项已不存在。</translation>
    </message>
    <message>
        <source>Built-in checklist items cannot be changed or deleted; hide them or mark them 不适用 instead.</source>
        <translation>内置检查项不能修改或删除；可以隐藏，或标记为“不适用”。</translation>
    </message>
    <message>
        <source>Enter the name of the group.</source>
        <translation>请输入分组名称。</translation>
    </message>
    <message>
        <source>Enter the text of the checklist item.</source>
        <translation>请输入检查项内容。</translation>
    </message>
    <message>
        <source>{kind} is {width} px wide, but Taobao and Tmall shops (旺铺) only allow this module at {allowed} px.</source>
        <translation>{kind}宽 {width} 像素，但淘宝、天猫旺铺只允许这个模块用 {allowed} 像素。</translation>
    </message>
    <message>
        <source>No promotion (poster, coupons or campaign area) in screens 1–3. Shop events and offers belong in the most prominent place: the first screens get most of the buyers' attention.</source>
        <translation>第 1–3 屏没有活动（海报、优惠券或活动专区）。店铺活动和优惠应放在最显眼的位置：前几屏最受买家关注。</translation>
    </message>
    <message>
        <source>{count} bestseller and new-item blocks (more than {limit}). Too many recommendation blocks hide the rest of the shop: use keywords and navigation to send buyers to the categories instead.</source>
        <translation>爆款推荐和新品共 {count} 个（超过 {limit} 个）。推荐位太多会把店里其他宝贝挡住：应该用关键词和导航把买家引到各个分类。</translation>
    </message>
    <message>
        <source>No customer service centre. Interaction modules are indispensable: a buyer with a question must reach 客服 at once (in the header, middle and footer, or a floating list).</source>
        <translation>没有客服中心。互动模块必不可少：买家有问题要能马上找到客服（放在页头、页中和页尾，或做成悬浮客服列表）。</translation>
    </message>
    <message>
        <source>No favourite / follow module. Interaction modules are indispensable: favourites and followers bring buyers back to the shop.</source>
        <translation>没有收藏/关注模块。互动模块必不可少：收藏和关注能把买家带回店铺。</translation>
    </message>
    <message>
        <source>No search. Buyers need search and category navigation to find the products: header navigation and search (页头导航及搜索) is a required module.</source>
        <translation>没有搜索。买家要靠搜索和分类导航找到宝贝：页头导航及搜索是必备模块。</translation>
    </message>
    <message>
        <source>No category navigation. Buyers need search and category navigation: product navigation should list the categories in detail.</source>
        <translation>没有分类导航。买家要靠搜索和分类导航找宝贝：宝贝导航应详细列出各个分类。</translation>
    </message>
    <message>
        <source>The layout is empty. Add the homepage's modules from the top down; they are checked as you go.</source>
        <translation>布局还是空的。从上到下添加首页的模块，每加一个都会随时检查。</translation>
    </message>
    <message>
        <source>{count} modules (more than {limit}). Piling up modules slows the page and hides the products.</source>
        <translation>共 {count} 个模块（超过 {limit} 个）。模块堆得太多，页面打开慢，还会把宝贝淹没。</translation>
    </message>
    <message>
        <source>This module is no longer on the layout.</source>
        <translation>这个模块已不在布局中。</translation>
    </message>
    <message>
        <source>Unknown kind of module “{code}”.</source>
        <translation>未知的模块类型“{code}”。</translation>
    </message>
    <message>
        <source>The width must be 190, 750 or 950 px, not “{value}”.</source>
        <translation>宽度只能是 190、750 或 950 像素，不能是“{value}”。</translation>
    </message>
    <message>
        <source>This review no longer exists.</source>
        <translation>这轮检查已不存在。</translation>
    </message>
    <message>
        <source>This checklist item is not on this shop's checklist.</source>
        <translation>这个检查项不在这个店铺的清单上。</translation>
    </message>
    <message>
        <source>Unknown status “{code}”.</source>
        <translation>未知的状态“{code}”。</translation>
    </message>
    <message>
        <source>The screenshot is not a PNG image.</source>
        <translation>截图不是 PNG 图片。</translation>
    </message>
    <message>
        <source>The screenshot is too large: at most {limit} MB.</source>
        <translation>截图太大了：最多 {limit} MB。</translation>
    </message>
    <message>
        <source>These two reviews belong to different shops.</source>
        <translation>这两轮检查属于不同的店铺。</translation>
    </message>
</context>
</TS>