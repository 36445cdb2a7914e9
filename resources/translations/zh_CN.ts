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
        <translation>分组</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>最后检查</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>{title} (hidden)</source>
        <translation>{title}（已隐藏）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>★ Required module: counts {weight} times in the score.</source>
        <translation>★ 必备模块：在得分中按 {weight} 倍计算。</translation>
    </message>
    <message>
        <source>Stale: not done yet, so it needs checking.</source>
        <translation>过期：还没有完成，需要检查。</translation>
    </message>
    <message>
        <source>Stale: never checked.</source>
        <translation>过期：从未检查。</translation>
    </message>
    <message>
        <source>Stale: last checked on {date}, more than {days} days ago.</source>
        <translation>过期：上次检查是 {date}，已超过 {days} 天。</translation>
    </message>
    <message>
        <source>Space: To do → In progress → Done. Keys 1–4: To do, In progress, Done, Not applicable. Double-click to choose.</source>
        <translation>空格键：未做 → 进行中 → 已完成。数字键 1–4：未做、进行中、已完成、不适用。双击可选择。</translation>
    </message>
    <message>
        <source>Where on the page the module is: screen 1, 2, 3 or below. Double-click to choose.</source>
        <translation>模块在页面上的位置：第1屏、第2屏、第3屏或3屏以下。双击可选择。</translation>
    </message>
    <message>
        <source>Double-click or press F2 to write a note.</source>
        <translation>双击或按 F2 填写备注。</translation>
    </message>
    <message>
        <source>Ctrl+V pastes a screenshot onto the selected item, or drop an image file on a row. Double-click to view it.</source>
        <translation>按 Ctrl+V 把截图粘贴到所选检查项，或把图片文件拖到某一行上。双击查看截图。</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Show hidden items</source>
        <translation>显示隐藏项</translation>
    </message>
    <message>
        <source>Hidden items are on no shop's checklist and count nowhere.</source>
        <translation>隐藏的检查项不出现在任何店铺的检查清单里，也不计入进度。</translation>
    </message>
    <message>
        <source>Set to “{status}”</source>
        <translation>设为“{status}”</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>切换状态</translation>
    </message>
    <message>
        <source>Next status: To do → In progress → Done</source>
        <translation>切换状态：未做 → 进行中 → 已完成</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>添加检查项…</translation>
    </message>
    <message>
        <source>Add your own checklist item</source>
        <translation>添加自己的检查项</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change the item's group (and the text of your own items)</source>
        <translation>修改检查项的分组（自己添加的检查项还可以改内容）</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the item from every shop's checklist, or show it again</source>
        <translation>在所有店铺的检查清单中隐藏这一项，或重新显示</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete your own item (built-in items can only be hidden)</source>
        <translation>删除自己添加的检查项（内置检查项只能隐藏）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Paste screenshot</source>
        <translation>粘贴截图</translation>
    </message>
    <message>
        <source>Paste a screenshot from the clipboard onto the selected item</source>
        <translation>把剪贴板里的截图粘贴到所选检查项</translation>
    </message>
    <message>
        <source>Screenshot from file…</source>
        <translation>从文件添加截图…</translation>
    </message>
    <message>
        <source>View screenshot</source>
        <translation>查看截图</translation>
    </message>
    <message>
        <source>Remove screenshot</source>
        <translation>删除截图</translation>
    </message>
    <message>
        <source>Unhide</source>
        <translation>取消隐藏</translation>
    </message>
    <message>
        <source>Deleted the item “{title}”.</source>
        <translation>已删除检查项“{title}”。</translation>
    </message>
    <message>
        <source>That image could not be read.</source>
        <translation>无法读取这张图片。</translation>
    </message>
    <message>
        <source>There is no image on the clipboard: take a screenshot first.</source>
        <translation>剪贴板里没有图片：请先截图。</translation>
    </message>
    <message>
        <source>Screenshot attached.</source>
        <translation>截图已添加。</translation>
    </message>
    <message>
        <source>Choose a screenshot</source>
        <translation>选择截图</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>Removed the screenshot of “{title}”.</source>
        <translation>已删除“{title}”的截图。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare reviews</source>
        <translation>对比检查</translation>
    </message>
    <message>
        <source>&amp;Earlier review:</source>
        <translation>较早的一轮(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Later review:</source>
        <translation>较晚的一轮(&amp;L)：</translation>
    </message>
    <message>
        <source>Review {number} · started {date} · score {score}</source>
        <translation>第{number}轮 · {date} 开始 · {score}分</translation>
    </message>
    <message>
        <source>{review} (current)</source>
        <translation>{review}（当前）</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Review {number}</source>
        <translation>第{number}轮</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>This shop has only one review so far: start a new review to compare it with this one.</source>
        <translation>这家店铺目前只有一轮检查：开始新一轮检查后，才能和这一轮对比。</translation>
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
    <name>ItemDialog</name>
    <message>
        <source>Edit checklist item</source>
        <translation>编辑检查项</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <source>What to check, e.g. 详情页首屏放买家秀</source>
        <translation>要检查什么，例如：详情页首屏放买家秀</translation>
    </message>
    <message>
        <source>Why it matters (shown as the item's tooltip)</source>
        <translation>为什么重要（鼠标停在检查项上时显示）</translation>
    </message>
    <message>
        <source>Choose a group or type the name of a new one.</source>
        <translation>选择一个分组，或输入新分组的名称。</translation>
    </message>
    <message>
        <source>Only on this shop's checklist</source>
        <translation>只加到这家店铺的检查清单</translation>
    </message>
    <message>
        <source>A built-in item's text cannot be changed; its group can.</source>
        <translation>内置检查项的内容不能修改，分组可以。</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>检查项(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>LayoutPanel</name>
    <message>
        <source>The homepage from the top down. Drag a module to move it.</source>
        <translation>首页从上到下的模块。拖动模块可以调整顺序。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Homepage modules&lt;/b&gt;, top to bottom</source>
        <translation>&lt;b&gt;首页模块&lt;/b&gt;（从上到下）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layout check&lt;/b&gt;</source>
        <translation>&lt;b&gt;布局检查&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Layout check passed</source>
        <translation>布局检查通过</translation>
    </message>
    <message>
        <source>Click a finding to select the modules it is about.</source>
        <translation>点击一条提示，选中相关的模块。</translation>
    </message>
    <message>
        <source>Add module</source>
        <translation>添加模块</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Add a module below the selected one (Insert)</source>
        <translation>在所选模块下方添加模块（Insert 键）</translation>
    </message>
    <message>
        <source>Removed the module “{name}”.</source>
        <translation>已删除模块“{name}”。</translation>
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
    <name>ModuleEditor</name>
    <message>
        <source>Selected module</source>
        <translation>所选模块</translation>
    </message>
    <message>
        <source>side column</source>
        <translation>侧栏</translation>
    </message>
    <message>
        <source>main column</source>
        <translation>主栏</translation>
    </message>
    <message>
        <source>full width</source>
        <translation>通栏</translation>
    </message>
    <message>
        <source>Taobao and Tmall shops (旺铺) allow some modules only at some widths; the layout check says which. Other platforms are not checked.</source>
        <translation>淘宝、天猫旺铺的部分模块只允许特定宽度，布局检查会指出哪些不符合。其他平台不检查宽度。</translation>
    </message>
    <message>
        <source>e.g. 双11主海报</source>
        <translation>例如：双11主海报</translation>
    </message>
    <message>
        <source>Notes for the designer</source>
        <translation>给美工的备注</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>模块类型(&amp;K)：</translation>
    </message>
    <message>
        <source>S&amp;creen:</source>
        <translation>位置(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Exported on {date}</source>
        <translation>导出日期：{date}</translation>
    </message>
    <message>
        <source>Score {score} / 100</source>
        <translation>得分 {score} / 100</translation>
    </message>
    <message>
        <source>Done {done} / applicable {applicable} · required {required_done}/{required_total} · stale {stale}</source>
        <translation>已完成 {done} / 适用 {applicable} · 必备 {required_done}/{required_total} · 过期 {stale}</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Homepage layout</source>
        <translation>首页布局</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Layout check</source>
        <translation>布局检查</translation>
    </message>
    <message>
        <source>Layout check passed</source>
        <translation>布局检查通过</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>无法写入 PDF</translation>
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
    <name>ScreenshotDialog</name>
    <message>
        <source>Screenshot: {item}</source>
        <translation>截图：{item}</translation>
    </message>
</context>
<context>
    <name>ShopDialog</name>
    <message>
        <source>Edit shop</source>
        <translation>编辑店铺</translation>
    </message>
    <message>
        <source>Add shop</source>
        <translation>添加店铺</translation>
    </message>
    <message>
        <source>e.g. 小林家居旗舰店</source>
        <translation>例如：小林家居旗舰店</translation>
    </message>
    <message>
        <source>Shop address (optional), e.g. https://xiaolin.tmall.com</source>
        <translation>店铺网址（可不填），例如 https://xiaolin.tmall.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>店铺名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>网址(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>ShopHeader</name>
    <message>
        <source>Score %v</source>
        <translation>得分 %v</translation>
    </message>
    <message>
        <source>Done / applicable items; the required modules (★) count three times.</source>
        <translation>已完成 / 适用的检查项；必备模块（★）按三倍计算。</translation>
    </message>
    <message>
        <source>Stale: not done, or not checked in the last {days} days.</source>
        <translation>过期：还没完成，或最近 {days} 天内没有检查过。</translation>
    </message>
    <message>
        <source>Start a new review</source>
        <translation>开始新一轮检查</translation>
    </message>
    <message>
        <source>Set every item back to “To do” to check the shop again; earlier reviews are kept and can be compared.</source>
        <translation>把所有检查项重置为“未做”，重新检查店铺；之前各轮的记录会保留，可以对比。</translation>
    </message>
    <message>
        <source>Compare reviews…</source>
        <translation>对比检查…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>The checklist as a CSV file for Excel or WPS</source>
        <translation>把检查清单导出为 CSV 文件，可用 Excel 或 WPS 打开</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>The checklist, the layout and its check, with the progress, as a PDF to print or send</source>
        <translation>把检查清单、首页布局和布局检查连同进度导出为 PDF，方便打印或发送</translation>
    </message>
    <message>
        <source>Done {done} / applicable {applicable} · required {required_done}/{required_total} · stale {stale}</source>
        <translation>已完成 {done} / 适用 {applicable} · 必备 {required_done}/{required_total} · 过期 {stale}</translation>
    </message>
    <message>
        <source>Start a new review of “{shop}”? Every item goes back to “To do” and the notes are cleared; the current review is kept and can be compared with the new one.</source>
        <translation>开始“{shop}”的新一轮检查？所有检查项都会重置为“未做”，备注清空；当前这一轮会保留，可以和新的一轮对比。</translation>
    </message>
    <message>
        <source>Review {number} started.</source>
        <translation>第{number}轮检查已开始。</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Export the checklist to CSV</source>
        <translation>导出检查清单为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} items to {path}</source>
        <translation>已导出 {count} 项到 {path}</translation>
    </message>
    <message>
        <source>storefront check</source>
        <translation>店铺检查</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the PDF to {path}</source>
        <translation>PDF 已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>StorefrontTab</name>
    <message>
        <source>Storefront</source>
        <translation>店铺模块</translation>
    </message>
    <message>
        <source>Open a database to check your shops' homepages here.</source>
        <translation>打开数据库后，可以在这里逐项检查各个店铺的首页。</translation>
    </message>
    <message>
        <source>No shops yet</source>
        <translation>还没有店铺</translation>
    </message>
    <message>
        <source>Add your shop to check its homepage: the six required modules, the layout rules and where to invite buyers to follow you, item by item, with your progress and a score.</source>
        <translation>添加店铺后，就能逐项检查它的首页：六个必备模块、布局规则、引导关注的位置，并显示进度和得分。</translation>
    </message>
    <message>
        <source>Add shop…</source>
        <translation>添加店铺…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Add a shop</source>
        <translation>添加店铺</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the shop's name, platform and address</source>
        <translation>修改店铺的名称、平台和网址</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move the shop to the trash (Ctrl+Z undoes it)</source>
        <translation>把店铺移到回收站（按 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shops&lt;/b&gt;</source>
        <translation>&lt;b&gt;店铺&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Homepage layout</source>
        <translation>首页布局</translation>
    </message>
    <message>
        <source>{name}  ·  {platform}  ·  {score} pts</source>
        <translation>{name}  ·  {platform}  ·  {score}分</translation>
    </message>
    <message>
        <source>Homepage layout ({count})</source>
        <translation>首页布局（{count}）</translation>
    </message>
    <message>
        <source>{count} findings of the layout check</source>
        <translation>布局检查有 {count} 条提示</translation>
    </message>
    <message>
        <source>Layout check passed</source>
        <translation>布局检查通过</translation>
    </message>
    <message>
        <source>Added the shop “{name}”.</source>
        <translation>已添加店铺“{name}”。</translation>
    </message>
    <message>
        <source>Moved the shop “{name}” to the trash.</source>
        <translation>已将店铺“{name}”移到回收站。</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>撤销：{what}（Ctrl+Z）</translation>
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
        <source>This campaign no longer exists (it may have been deleted).</source>
        <translation>这个活动已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>Choose or type the channel.</source>
        <translation>请选择或输入活动渠道。</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day (HH:MM).</source>
        <translation>“{text}”不是时间（格式 HH:MM）。</translation>
    </message>
    <message>
        <source>The time window {start}–{end} ends before it starts; split a window over midnight in two.</source>
        <translation>时段 {start}–{end} 的结束早于开始；跨午夜的时段请拆成两段。</translation>
    </message>
    <message>
        <source>Unknown principle “{code}”.</source>
        <translation>未知的原则“{code}”。</translation>
    </message>
    <message>
        <source>The campaign ends ({end}) before it starts ({start}).</source>
        <translation>活动结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>The sign-up deadline ({deadline}) is after the start ({start}): it must be on or before it.</source>
        <translation>报名截止日期（{deadline}）晚于活动开始（{start}）：必须在开始当天或之前。</translation>
    </message>
    <message>
        <source>Unknown goal “{code}”.</source>
        <translation>未知的活动目的“{code}”。</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <source>Enter the campaign's name.</source>
        <translation>请输入活动名称。</translation>
    </message>
    <message>
        <source>Unknown price tactic “{code}”.</source>
        <translation>未知的价格策略“{code}”。</translation>
    </message>
    <message>
        <source>The parameters of a price tactic are not valid.</source>
        <translation>价格策略的参数无效。</translation>
    </message>
    <message>
        <source>The campaign price cannot be negative.</source>
        <translation>活动价不能为负数。</translation>
    </message>
    <message>
        <source>A product is in this campaign twice.</source>
        <translation>同一个商品在这个活动里出现了两次。</translation>
    </message>
    <message>
        <source>This product no longer exists (it may have been deleted).</source>
        <translation>这个商品已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>这个任务已不存在。</translation>
    </message>
    <message>
        <source>The task is due ({due}) before it starts ({start}).</source>
        <translation>任务截止日期（{due}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>Enter what the task is.</source>
        <translation>请输入任务内容。</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>“{text}” is not a date (YYYY-MM-DD).</source>
        <translation>“{text}”不是日期（格式 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>“{text}…” is too long: at most {limit} characters.</source>
        <translation>“{text}…”太长了：最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>This festival no longer exists.</source>
        <translation>这个节日已不存在。</translation>
    </message>
    <message>
        <source>Enter the festival's name.</source>
        <translation>请输入节日名称。</translation>
    </message>
    <message>
        <source>Unknown kind of festival “{code}”.</source>
        <translation>未知的节日类型“{code}”。</translation>
    </message>
    <message>
        <source>The festival ends ({end}) before it starts ({start}).</source>
        <translation>节日结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>The main day must lie between the first and the last day.</source>
        <translation>主日期必须在开始和结束日期之间。</translation>
    </message>
    <message>
        <source>Only a built-in festival can be reset.</source>
        <translation>只有内置节日可以恢复默认。</translation>
    </message>
    <message>
        <source>Enter the product's title.</source>
        <translation>请输入商品标题。</translation>
    </message>
    <message>
        <source>The price must be more than ¥0.</source>
        <translation>价格必须大于 ¥0。</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>成本不能为负数。</translation>
    </message>
    <message>
        <source>The price or cost is too large.</source>
        <translation>价格或成本过大。</translation>
    </message>
    <message>
        <source>A discount is the share of the price the buyer pays (8折 = 80%): more than 0% and at most 100%, not {rate}.</source>
        <translation>折扣是买家实付占原价的比例（8折 = 80%）：必须大于 0% 且不超过 100%，而不是 {rate}。</translation>
    </message>
    <message>
        <source>The list price must be more than ¥0.</source>
        <translation>原价必须大于 ¥0。</translation>
    </message>
    <message>
        <source>The platform fee must be from 0% to 100%, not {rate}.</source>
        <translation>平台费率必须在 0% 到 100% 之间，而不是 {rate}。</translation>
    </message>
    <message>
        <source>The commission must be from 0% to 100%, not {rate}.</source>
        <translation>佣金比例必须在 0% 到 100% 之间，而不是 {rate}。</translation>
    </message>
    <message>
        <source>The target price must be more than ¥0.</source>
        <translation>目标价必须大于 ¥0。</translation>
    </message>
    <message>
        <source>The rounding step must be more than ¥0.</source>
        <translation>取整步长必须大于 ¥0。</translation>
    </message>
    <message>
        <source>Threshold prices need a round price above ¥2.00; {price} is too low.</source>
        <translation>临界价格需要高于 ¥2.00 的整数价；{price} 太低了。</translation>
    </message>
    <message>
        <source>A stepped price needs from 1 to {limit} steps, not {count}.</source>
        <translation>阶梯价格需要 1 到 {limit} 个台阶，而不是 {count} 个。</translation>
    </message>
    <message>
        <source>The steps of a stepped price must not go down ({rate} comes after {previous}).</source>
        <translation>阶梯价格不能下降（{previous} 之后是 {rate}）。</translation>
    </message>
    <message>
        <source>The price cut must be from ¥0 to less than the list price.</source>
        <translation>降价金额必须从 ¥0 到低于原价。</translation>
    </message>
    <message>
        <source>The amount paid must be more than ¥0.</source>
        <translation>支付金额必须大于 ¥0。</translation>
    </message>
    <message>
        <source>The goods must be worth more than the amount paid, not {price}.</source>
        <translation>换购商品的价值必须高于支付金额，而不是 {price}。</translation>
    </message>
    <message>
        <source>The flash window must end after it starts (on the same day).</source>
        <translation>秒杀时段的结束时间必须晚于开始时间（在同一天内）。</translation>
    </message>
    <message>
        <source>The flash price must be more than ¥0 and below the list price, not {price}.</source>
        <translation>秒杀价必须大于 ¥0 且低于原价，而不是 {price}。</translation>
    </message>
    <message>
        <source>The quantity per day must be at least 1.</source>
        <translation>每天数量至少为 1。</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <source>The profit per related sale must be more than ¥0, not {price}.</source>
        <translation>每笔关联销售的利润必须大于 ¥0，而不是 {price}。</translation>
    </message>
    <message>
        <source>The deal price must be more than ¥0 and below the list price, not {price}.</source>
        <translation>活动价必须大于 ¥0 且低于原价，而不是 {price}。</translation>
    </message>
    <message>
        <source>Another product already has the item ID “{item_id}”.</source>
        <translation>已有其他商品使用宝贝 ID“{item_id}”。</translation>
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
    <message>
        <source>Add at least two variants to compare.</source>
        <translation>至少添加两个方案才能比较。</translation>
    </message>
    <message>
        <source>Not comparable: {a} and {b} differ in {variables}. An A/B test changes one variable only.</source>
        <translation>不可比较：{a} 和 {b} 在 {variables} 上不同。A/B 测试一次只能改变一个变量。</translation>
    </message>
    <message>
        <source>{label} has no impressions yet.</source>
        <translation>{label} 还没有展现。</translation>
    </message>
    <message>
        <source>{best} wins on CTR: {ctr_best} against {ctr_other} for {other} (p = {p}, significant at 95%).</source>
        <translation>{best} 的点击率胜出：{ctr_best} 对 {other} 的 {ctr_other}（p = {p}，在 95% 水平上显著）。</translation>
    </message>
    <message>
        <source>No clear winner yet: {best} leads {other} on CTR ({ctr_best} against {ctr_other}), but p = {p} is not enough evidence: the difference may be noise. Keep the test running.</source>
        <translation>还没有明确的胜出者：{best} 的点击率领先 {other}（{ctr_best} 对 {ctr_other}），但 p = {p}，证据不足，差异可能只是偶然。请继续测试。</translation>
    </message>
    <message>
        <source>This ad test no longer exists.</source>
        <translation>这个广告测试已不存在。</translation>
    </message>
    <message>
        <source>A test cannot follow up itself or a test that follows it.</source>
        <translation>测试不能接续它自己，也不能接续它后面的测试。</translation>
    </message>
    <message>
        <source>Enter the test's name.</source>
        <translation>请输入测试名称。</translation>
    </message>
    <message>
        <source>This variant no longer exists.</source>
        <translation>这个方案已不存在。</translation>
    </message>
    <message>
        <source>Enter the variant's label (A, B, ...).</source>
        <translation>请输入方案标签（A、B……）。</translation>
    </message>
    <message>
        <source>This test already has a variant “{label}”.</source>
        <translation>这个测试已经有方案“{label}”了。</translation>
    </message>
    <message>
        <source>Unknown ad test variable “{code}”.</source>
        <translation>未知的测试变量“{code}”。</translation>
    </message>
    <message>
        <source>A test result cannot be negative.</source>
        <translation>测试数据不能为负数。</translation>
    </message>
    <message>
        <source>More clicks ({clicks}) than impressions ({impressions}).</source>
        <translation>点击数（{clicks}）多于展现数（{impressions}）。</translation>
    </message>
    <message>
        <source>“{product}” is in both “{a}” and “{b}” from {start} to {end}: check whether their discounts stack.</source>
        <translation>“{product}”在 {start} 至 {end} 同时参加“{a}”和“{b}”：请检查两者的优惠是否会叠加。</translation>
    </message>
    <message>
        <source>“{product}” is discounted by both “{a}” and “{b}” from {start} to {end}: together the discounts would take it to {stacked}.</source>
        <translation>“{product}”在 {start} 至 {end} 同时参加“{a}”和“{b}”的优惠：叠加后价格会降到 {stacked}。</translation>
    </message>
    <message>
        <source>“{product}” at {price} in “{campaign}” loses {loss} on every sale (cost {cost}, platform fee {fee}, commission {commission}).</source>
        <translation>“{campaign}”中“{product}”售价 {price}，每卖一件亏 {loss}（成本 {cost}，平台费 {fee}，佣金 {commission}）。</translation>
    </message>
    <message>
        <source>Nothing follows “{campaign}” (ends {end}) within {days} days. Activity traffic falls when it ends: chain the next activity onto it.</source>
        <translation>“{campaign}”（{end} 结束）之后 {days} 天内没有接续的活动。活动一结束流量就会回落：请把下一个活动接上。</translation>
    </message>
    <message>
        <source>Check “{campaign}” against the principles not yet ticked: {missing}.</source>
        <translation>请对照尚未勾选的原则检查“{campaign}”：{missing}。</translation>
    </message>
    <message>
        <source>A 满减 offer needs a threshold above ¥0 and a reduction above ¥0 and not above the threshold.</source>
        <translation>满减需要门槛大于 ¥0，减免金额大于 ¥0 且不超过门槛。</translation>
    </message>
    <message>
        <source>A coupon needs an amount above ¥0 and a threshold of ¥0 or more.</source>
        <translation>优惠券的面额必须大于 ¥0，门槛为 ¥0 或以上。</translation>
    </message>
    <message>
        <source>Use either a discount or a price cut for the item, not both.</source>
        <translation>单品优惠只能用打折或直降其中一种，不能同时用。</translation>
    </message>
    <message>
        <source>The price cut cannot be negative.</source>
        <translation>降价金额不能为负数。</translation>
    </message>
    <message>
        <source>The number of days must be from 1 to {limit}, not {count}.</source>
        <translation>天数必须在 1 到 {limit} 之间，而不是 {count}。</translation>
    </message>
    <message>
        <source>A price in the history cannot be negative ({price}).</source>
        <translation>历史价格不能为负数（{price}）。</translation>
    </message>
    <message>
        <source>The lowest earlier price must be more than ¥0.</source>
        <translation>此前最低价必须大于 ¥0。</translation>
    </message>
</context>
</TS>