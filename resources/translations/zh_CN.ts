<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdTestDetail</name>
    <message>
        <source>For example: display ad main image, round 1: creative</source>
        <translation>例如：钻展主图测试 第1轮：素材</translation>
    </message>
    <message>
        <source>What did this test show? For example: the scene image gets clearly more clicks.</source>
        <translation>这次测试说明了什么？例如：场景图的点击率明显更高。</translation>
    </message>
    <message>
        <source>What will you optimise and test next? Change one variable only.</source>
        <translation>下一步优化什么、测试什么？一次只改变一个变量。</translation>
    </message>
    <message>
        <source>The rounds of this test: earlier rounds, this one, the follow-ups. Click one to open it.</source>
        <translation>这个测试的各轮：之前的几轮、本轮和之后的几轮。点击可打开。</translation>
    </message>
    <message>
        <source>No other rounds yet: “Follow-up test” starts the next one.</source>
        <translation>还没有其他轮次：点“接着测试”开始下一轮。</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>添加方案</translation>
    </message>
    <message>
        <source>Add a variant that copies the last one's variables (Ins)</source>
        <translation>添加一个方案，变量从最后一个方案复制（Ins）</translation>
    </message>
    <message>
        <source>Delete variant</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>Delete the selected variant (Del; Ctrl+Z undoes it)</source>
        <translation>删除选中的方案（Del；Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试名称</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Next step to optimise</source>
        <translation>下一步优化</translation>
    </message>
    <message>
        <source>Rounds of this test</source>
        <translation>测试历史</translation>
    </message>
    <message>
        <source>No result: a winner is named only when the variants differ in one variable.</source>
        <translation>没有结论：只有各方案只差一个变量时，才能判断谁胜出。</translation>
    </message>
    <message>
        <source>Add a second variant: it copies this one, then change one variable.</source>
        <translation>再添加一个方案：它会复制这个方案，然后只改变一个变量。</translation>
    </message>
    <message>
        <source>The variants are the same in every variable: change one variable (for example the creative) to test it.</source>
        <translation>各方案的变量完全相同：改变一个变量（比如素材）再测试。</translation>
    </message>
    <message>
        <source>Comparable: only {variable} was changed</source>
        <translation>可比较：只改变了 {variable}</translation>
    </message>
    <message>
        <source>Round {n}: {name}  ·  {verdict}</source>
        <translation>第{n}轮：{name}  ·  {verdict}</translation>
    </message>
    <message>
        <source>Summary: {summary}
Next step: {next_step}</source>
        <translation>总结：{summary}
下一步优化：{next_step}</translation>
    </message>
    <message>
        <source>Planned in the previous round: {next_step}</source>
        <translation>上一轮计划的优化：{next_step}</translation>
    </message>
    <message>
        <source>Deleted the variant “{label}”.</source>
        <translation>已删除方案“{label}”。</translation>
    </message>
</context>
<context>
    <name>AdTestPanel</name>
    <message>
        <source>Ad tests</source>
        <translation>广告测试</translation>
    </message>
    <message>
        <source>Open a database to record your ad tests here.</source>
        <translation>打开数据库后，就可以在这里记录广告测试。</translation>
    </message>
    <message>
        <source>No ad tests yet</source>
        <translation>还没有广告测试</translation>
    </message>
    <message>
        <source>Testing is king: test two variants of a display ad that differ in one variable, enter the results, summarise what won, optimise, and test again.</source>
        <translation>测试为王：做两个只差一个变量的钻展方案，填入投放数据，总结哪个胜出，优化后再测试。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>New test</source>
        <translation>新建测试</translation>
    </message>
    <message>
        <source>Start a new A/B test</source>
        <translation>新建一个 A/B 测试</translation>
    </message>
    <message>
        <source>Follow-up test</source>
        <translation>接着测试</translation>
    </message>
    <message>
        <source>Test again: the next round, with this test's variants copied, to change one variable</source>
        <translation>再测一轮：复制这个测试的方案，只改变一个变量</translation>
    </message>
    <message>
        <source>Undo the last deletion</source>
        <translation>撤销上一次删除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move the test to the trash (Ctrl+Z undoes it)</source>
        <translation>把测试移到回收站（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ad tests&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;广告测试&lt;/b&gt;（最新的在前）</translation>
    </message>
    <message>
        <source>{date}  ·  {count} variants</source>
        <translation>{date}  ·  {count} 个方案</translation>
    </message>
    <message>
        <source>New test {n}</source>
        <translation>新测试 {n}</translation>
    </message>
    <message>
        <source>Started “{name}”: fill in variant A's variables, then add variant B and change one variable.</source>
        <translation>已新建“{name}”：先填好方案 A 的变量，再添加方案 B，只改变一个变量。</translation>
    </message>
    <message>
        <source>round {n}</source>
        <translation>第{n}轮</translation>
    </message>
    <message>
        <source>change one variable</source>
        <translation>只改变一个变量</translation>
    </message>
    <message>
        <source>Round {n} copies the variants of “{name}”. Now optimise one variable: {plan}</source>
        <translation>第{n}轮已复制“{name}”的方案。现在优化一个变量：{plan}</translation>
    </message>
    <message>
        <source>Moved the test “{name}” to the trash.</source>
        <translation>已把测试“{name}”移到回收站。</translation>
    </message>
</context>
<context>
    <name>AffiliateDetail</name>
    <message>
        <source>This affiliate has taken private fees — against the platform's settlement rules</source>
        <translation>此人有私下收费记录 — 违反平台结算规则</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Record private fee…</source>
        <translation>记录私下收费…</translation>
    </message>
    <message>
        <source>Record that this affiliate asked for or took a fee outside the platform's settlement (私下收费)</source>
        <translation>记录此人在平台结算之外索要或收取费用（私下收费）</translation>
    </message>
    <message>
        <source>No affiliate selected</source>
        <translation>未选择淘客</translation>
    </message>
    <message>
        <source>Pick someone in the list to see their details and follow-up log.</source>
        <translation>在左侧列表中选择一位，查看详情和跟进记录。</translation>
    </message>
    <message>
        <source>Follow-up log</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Big affiliate</source>
        <translation>大客户</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Wangwang</source>
        <translation>旺旺</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>推广渠道</translation>
    </message>
    <message>
        <source>Our groups</source>
        <translation>所在群</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Promoter keys</source>
        <translation>推广者标识</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>定期联系</translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation>每 {n} 天</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>推广业绩</translation>
    </message>
    <message>
        <source>{orders} orders, {paid} sales, {commission} commission</source>
        <translation>{orders} 单，推广金额 {paid}，佣金 {commission}</translation>
    </message>
    <message>
        <source>effective rate {rate}</source>
        <translation>实际佣金率 {rate}</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近订单</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AffiliateForm</name>
    <message>
        <source>Edit affiliate</source>
        <translation>编辑淘客</translation>
    </message>
    <message>
        <source>Add affiliate</source>
        <translation>新增淘客</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>5 to 11 digits</source>
        <translation>5 到 11 位数字</translation>
    </message>
    <message>
        <source>11-digit mobile</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <source>Big affiliate (大客户: phone them)</source>
        <translation>大客户（电话联系）</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>No rhythm</source>
        <translation>不设定</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Separated by commas or 、</source>
        <translation>用逗号或顿号（、）分隔</translation>
    </message>
    <message>
        <source>As in the order report; several separated by commas</source>
        <translation>与推广订单明细中一致；多个用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>昵称(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;WeChat:</source>
        <translation>微信(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Wangwang:</source>
        <translation>旺旺：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>加入日期：</translation>
    </message>
    <message>
        <source>Stay in touch every:</source>
        <translation>定期联系：每</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Promotion channels:</source>
        <translation>推广渠道：</translation>
    </message>
    <message>
        <source>Our groups:</source>
        <translation>所在群：</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>The keys find this affiliate's orders in the platform's 推广订单明细.</source>
        <translation>这些标识用来在平台的推广订单明细中找到此人的订单。</translation>
    </message>
    <message>
        <source>This QQ is already on file: {name} ({open})</source>
        <translation>该QQ已登记：{name}（{open}）</translation>
    </message>
    <message>
        <source>This WeChat is already on file: {name} ({open})</source>
        <translation>该微信已登记：{name}（{open}）</translation>
    </message>
    <message>
        <source>This phone is already on file: {name} ({open})</source>
        <translation>该电话已登记：{name}（{open}）</translation>
    </message>
    <message>
        <source>open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Close this form without saving what you typed and open the existing record?</source>
        <translation>关闭此表单（不保存已填写的内容），打开已登记的记录？</translation>
    </message>
</context>
<context>
    <name>AffiliateOrdersImportDialog</name>
    <message>
        <source>Import affiliate orders</source>
        <translation>导入推广订单</translation>
    </message>
    <message>
        <source>Affiliate order reports (*.csv *.xlsx)</source>
        <translation>推广订单明细 (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>AffiliateOrdersPanel</name>
    <message>
        <source>Import affiliate orders…</source>
        <translation>导入推广订单…</translation>
    </message>
    <message>
        <source>Import the order report (推广订单明细, CSV or Excel) exported from the affiliate platform</source>
        <translation>导入从淘宝联盟等推广平台导出的推广订单明细（CSV 或 Excel）</translation>
    </message>
    <message>
        <source>No affiliate orders yet</source>
        <translation>还没有推广订单</translation>
    </message>
    <message>
        <source>Export the order report (推广订单明细) from the affiliate platform and click Import affiliate orders…: each order is matched to its affiliate by nickname, PID or source media.</source>
        <translation>从推广平台导出推广订单明细，再点“导入推广订单…”：每一单按推广者昵称、推广位/PID 或来源媒体匹配到对应的淘客。</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>淘客</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Promoted amount</source>
        <translation>推广金额</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Effective rate</source>
        <translation>实际佣金率</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Top affiliates in the period</source>
        <translation>本期淘客排行</translation>
    </message>
    <message>
        <source>Promoter nickname</source>
        <translation>推广者昵称</translation>
    </message>
    <message>
        <source>Ad zone / PID</source>
        <translation>推广位/PID</translation>
    </message>
    <message>
        <source>Source media</source>
        <translation>来源媒体</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>Attach to affiliate…</source>
        <translation>关联到淘客…</translation>
    </message>
    <message>
        <source>This promoter is an affiliate already in the register: add the promoter's nickname and PID to them and match the orders</source>
        <translation>此推广者就是名录里的某位淘客：把推广者昵称和 PID 加到该淘客名下，并匹配这些订单</translation>
    </message>
    <message>
        <source>New affiliate</source>
        <translation>新建淘客</translation>
    </message>
    <message>
        <source>Add this promoter to the register as a new affiliate</source>
        <translation>把此推广者作为新淘客加入名录</translation>
    </message>
    <message>
        <source>Promoters not in the register</source>
        <translation>未匹配的推广者</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Last imports</source>
        <translation>最近导入</translation>
    </message>
    <message>
        <source>{start} – {end}: {orders} orders · promoted amount {paid} · commission {commission} · effective rate {rate} · from promoters not in the register: {unmatched} orders</source>
        <translation>{start} – {end}：{orders} 单 · 推广金额 {paid} · 佣金 {commission} · 实际佣金率 {rate} · 其中未匹配推广者 {unmatched} 单</translation>
    </message>
    <message>
        <source>Others ({count})</source>
        <translation>其他（{count} 位）</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <source>By product: choose an affiliate</source>
        <translation>按商品：请在左侧选一位淘客</translation>
    </message>
    <message>
        <source>By product: {name}</source>
        <translation>按商品：{name}</translation>
    </message>
    <message>
        <source>Every order is matched to an affiliate.</source>
        <translation>每一单都已匹配到淘客。</translation>
    </message>
    <message>
        <source>{count} promoters with {orders} orders are not in the register; the first {shown} are listed.</source>
        <translation>{count} 位推广者（{orders} 单）不在名录中；下表列出前 {shown} 位。</translation>
    </message>
    <message>
        <source>{count} promoters with {orders} orders are not in the register.</source>
        <translation>{count} 位推广者（{orders} 单）不在名录中。</translation>
    </message>
    <message>
        <source>Attach {promoter} to…</source>
        <translation>把 {promoter} 关联到…</translation>
    </message>
    <message>
        <source>{promoter} attached: {count} orders matched</source>
        <translation>已关联 {promoter}：匹配 {count} 单</translation>
    </message>
    <message>
        <source>New affiliate {name} added to the register: {count} orders matched</source>
        <translation>已新建淘客 {name}：匹配 {count} 单</translation>
    </message>
</context>
<context>
    <name>AffiliatePickerDialog</name>
    <message>
        <source>Choose an affiliate</source>
        <translation>选择淘客</translation>
    </message>
    <message>
        <source>Name, pinyin or initials (zs), QQ, WeChat, phone</source>
        <translation>姓名、拼音或首字母（zs）、QQ、微信、电话</translation>
    </message>
    <message>
        <source>No affiliate matches.</source>
        <translation>没有找到匹配的淘客。</translation>
    </message>
    <message>
        <source>The first {n}; type more to narrow down.</source>
        <translation>只显示前 {n} 位；多输入几个字缩小范围。</translation>
    </message>
</context>
<context>
    <name>AffiliatesTab</name>
    <message>
        <source>Register</source>
        <translation>淘客名录</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>佣金设置</translation>
    </message>
    <message>
        <source>Bonus plans</source>
        <translation>奖金计划</translation>
    </message>
    <message>
        <source>Affiliate orders</source>
        <translation>推广订单</translation>
    </message>
    <message>
        <source>Promotion checks</source>
        <translation>在推检查</translation>
    </message>
</context>
<context>
    <name>AnnouncementDialog</name>
    <message>
        <source>Group announcement (群公告)</source>
        <translation>群公告</translation>
    </message>
    <message>
        <source>New in the last</source>
        <translation>上新时间：近</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>Products to include:</source>
        <translation>公告里的商品：</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Replace the text with the template filled in again (Ctrl+Z undoes)</source>
        <translation>用模板重新生成文字，替换现有内容（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy the text, then paste it into your QQ or WeChat group (Ctrl+Shift+C)</source>
        <translation>复制文字，再粘贴到QQ群或微信群（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Nothing is sent from here: copy the text and paste it into the group yourself.</source>
        <translation>这里不会发送任何内容：请复制文字后自己粘贴到群里。</translation>
    </message>
    <message>
        <source>You have edited the text, so it was left as it is; Regenerate replaces it.</source>
        <translation>文字已被您修改，所以保持不变；点“重新生成”可替换。</translation>
    </message>
    <message>
        <source>There is no text to copy.</source>
        <translation>没有可复制的文字。</translation>
    </message>
    <message>
        <source>Copied: paste it into your QQ or WeChat group.</source>
        <translation>已复制，请粘贴到QQ群或微信群。</translation>
    </message>
</context>
<context>
    <name>BonusPanel</name>
    <message>
        <source>New plan…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End the plan after this month; its bonuses so far stay</source>
        <translation>本月结束后停止此计划；已有的奖金保留</translation>
    </message>
    <message>
        <source>Bonus plans</source>
        <translation>奖金计划</translation>
    </message>
    <message>
        <source>Only those who earned a bonus</source>
        <translation>只看获奖淘客</translation>
    </message>
    <message>
        <source>Settle month</source>
        <translation>月底结算</translation>
    </message>
    <message>
        <source>Record who earned what this month (月底结算); run it again after a late import: paid bonuses are never changed</source>
        <translation>记录本月谁获得多少奖金（月底结算）；补导订单后可再结算一次，已发放的奖金不会改动</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>标记已发放</translation>
    </message>
    <message>
        <source>Mark unpaid</source>
        <translation>标记未发放</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>No bonus plans yet</source>
        <translation>还没有奖金计划</translation>
    </message>
    <message>
        <source>A bonus plan (奖金计划) pays affiliates extra cash when their promoted orders or amount in a month reach a threshold. Create one with New plan…; the affiliate order import feeds its progress.</source>
        <translation>奖金计划：淘客当月推广的单量或金额达到门槛，就额外奖励现金。点“新建计划…”创建一个；导入的推广订单明细会自动计入进度。</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>{threshold} → {bonus}</source>
        <translation>{threshold} → {bonus}</translation>
    </message>
    <message>
        <source>(the plan does not run in {month})</source>
        <translation>（此计划在 {month} 不生效）</translation>
    </message>
    <message>
        <source>Ladder: {tiers}</source>
        <translation>奖励阶梯：{tiers}</translation>
    </message>
    <message>
        <source>Affiliates: {count}</source>
        <translation>共 {count} 位淘客</translation>
    </message>
    <message>
        <source>A month is settled once it is over</source>
        <translation>月份结束后才能结算</translation>
    </message>
    <message>
        <source>Bonus plan “{name}” created.</source>
        <translation>已创建奖金计划“{name}”。</translation>
    </message>
    <message>
        <source>“{name}” ends after {month}.</source>
        <translation>“{name}”将在 {month} 之后停止。</translation>
    </message>
    <message>
        <source>Settled {month}: {count} affiliates earned {total} in all ({paid} already paid).</source>
        <translation>{month} 已结算：{count} 位淘客共获得奖金 {total}（其中 {paid} 位已发放）。</translation>
    </message>
    <message>
        <source>Mark the bonus of {name} as not paid?</source>
        <translation>把 {name} 的奖金标记为未发放？</translation>
    </message>
    <message>
        <source>Marked the bonus of {name} as paid.</source>
        <translation>已把 {name} 的奖金标记为已发放。</translation>
    </message>
    <message>
        <source>Marked the bonus of {name} as not paid.</source>
        <translation>已把 {name} 的奖金标记为未发放。</translation>
    </message>
</context>
<context>
    <name>BonusPlanDialog</name>
    <message>
        <source>Edit bonus plan</source>
        <translation>编辑奖金计划</translation>
    </message>
    <message>
        <source>New bonus plan</source>
        <translation>新建奖金计划</translation>
    </message>
    <message>
        <source>e.g. 月度冲单奖</source>
        <translation>例如：月度冲单奖</translation>
    </message>
    <message>
        <source>Every affiliate</source>
        <translation>全部淘客</translation>
    </message>
    <message>
        <source>Ends after</source>
        <translation>截止到</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>添加一档</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>删除此档</translation>
    </message>
    <message>
        <source>What the affiliates are told, e.g. 每月有效订单满30单奖励100元</source>
        <translation>告诉淘客的规则，例如：每月有效订单满30单奖励100元</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Counts:</source>
        <translation>考核(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>参与(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;First month:</source>
        <translation>开始月份(&amp;F)：</translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation>奖励阶梯：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Orders in the month</source>
        <translation>当月推广单量</translation>
    </message>
    <message>
        <source>Amount in the month (元)</source>
        <translation>当月推广金额（元）</translation>
    </message>
    <message>
        <source>Cash bonus (元)</source>
        <translation>现金奖励（元）</translation>
    </message>
</context>
<context>
    <name>CalculatorPanel</name>
    <message>
        <source>Threshold price</source>
        <translation>临界价格</translation>
    </message>
    <message>
        <source>Stepped price</source>
        <translation>阶梯价格</translation>
    </message>
    <message>
        <source>Price cut plus discount</source>
        <translation>降价加打折</translation>
    </message>
    <message>
        <source>Illusion discount</source>
        <translation>错觉折扣</translation>
    </message>
    <message>
        <source>Flash window</source>
        <translation>一刻千金</translation>
    </message>
    <message>
        <source>One-yuan deal</source>
        <translation>超值一元</translation>
    </message>
    <message>
        <source>Stacked offers</source>
        <translation>优惠叠加</translation>
    </message>
    <message>
        <source>7-day lowest price</source>
        <translation>7天最低价</translation>
    </message>
    <message>
        <source>Type to search the products</source>
        <translation>输入以搜索商品</translation>
    </message>
    <message>
        <source>Pick a product to fill in its price, cost, fee and commission, or choose “Manual entry” and type them</source>
        <translation>选择商品即可填入其售价、成本、平台费率和佣金；或选“手动输入”自己填写</translation>
    </message>
    <message>
        <source>Products…</source>
        <translation>商品…</translation>
    </message>
    <message>
        <source>Add and edit the products of the catalogue</source>
        <translation>添加和编辑商品</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The list price (原价) the discounts start from</source>
        <translation>原价：各种优惠都从这个价格算起</translation>
    </message>
    <message>
        <source>What one unit costs you: purchase, packaging and shipping</source>
        <translation>每件的成本：进货、包装和运费</translation>
    </message>
    <message>
        <source>The platform's fee on the price the buyer pays, e.g. 5%</source>
        <translation>平台按买家实付收取的费率，如 5%</translation>
    </message>
    <message>
        <source>The affiliate (淘宝客) commission on the price the buyer pays; empty: a sale without an affiliate</source>
        <translation>淘宝客按买家实付拿的佣金比例；留空表示不经淘客成交</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <source>Price (元):</source>
        <translation>售价（元）：</translation>
    </message>
    <message>
        <source>Cost (元):</source>
        <translation>成本（元）：</translation>
    </message>
    <message>
        <source>Platform fee:</source>
        <translation>平台费率：</translation>
    </message>
    <message>
        <source>Commission:</source>
        <translation>佣金：</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>{product} (delisted)</source>
        <translation>{product}（已下架）</translation>
    </message>
    <message>
        <source>Enter the price.</source>
        <translation>请输入售价。</translation>
    </message>
    <message>
        <source>Enter the cost.</source>
        <translation>请输入成本。</translation>
    </message>
</context>
<context>
    <name>CampaignDetails</name>
    <message>
        <source>Gantt chart</source>
        <translation>甘特图</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>未选中活动</translation>
    </message>
    <message>
        <source>Click a campaign on the calendar to see its plan, tasks and checks here, or create a new one.</source>
        <translation>在日历上点击一个活动，这里会显示它的计划、任务和检查结果；也可以新建一个活动。</translation>
    </message>
    <message>
        <source>Note: how this campaign meets it</source>
        <translation>备注：这个活动怎样做到</translation>
    </message>
    <message>
        <source>&lt;b&gt;Principles&lt;/b&gt;: tick each one the plan meets, with a note</source>
        <translation>&lt;b&gt;活动原则&lt;/b&gt;：计划做到的就勾上，并写下备注</translation>
    </message>
    <message>
        <source>Campaign ID: {id} (for the command line: export-campaign)</source>
        <translation>活动 ID：{id}（供命令行 export-campaign 使用）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} findings&lt;/b&gt;</source>
        <translation>&lt;b&gt;发现 {count} 个问题&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No problems found.&lt;/b&gt;</source>
        <translation>&lt;b&gt;没有发现问题。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checks ({count})</source>
        <translation>检查（{count}）</translation>
    </message>
    <message>
        <source>Products ({count})</source>
        <translation>商品（{count}）</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Edit campaign</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>e.g. 双11预热</source>
        <translation>例如：双11预热</translation>
    </message>
    <message>
        <source>A platform activity, or type your own channel</source>
        <translation>选择平台活动，或输入自己的渠道</translation>
    </message>
    <message>
        <source>Sign-up deadline</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <source>e.g. 5000</source>
        <translation>例如：5000</translation>
    </message>
    <message>
        <source>e.g. 120000</source>
        <translation>例如：120000</translation>
    </message>
    <message>
        <source>Rules, prizes, what to tell the affiliates …</source>
        <translation>活动规则、奖品、要告诉淘客的事…</translation>
    </message>
    <message>
        <source>Only in these hours each day; empty: all day</source>
        <translation>每天只在这些时段进行；不填则全天</translation>
    </message>
    <message>
        <source>e.g. 09:00–09:30</source>
        <translation>例如：09:00–09:30</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>活动名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>活动目的(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Daily hours:</source>
        <translation>每日时段：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Budget (元):</source>
        <translation>预算（元）(&amp;B)：</translation>
    </message>
    <message>
        <source>Target visitors:</source>
        <translation>目标访客数：</translation>
    </message>
    <message>
        <source>Target orders:</source>
        <translation>目标订单数：</translation>
    </message>
    <message>
        <source>Target revenue (元):</source>
        <translation>目标销售额（元）：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>The catalogue is empty: add products with Edit → Products… first</source>
        <translation>商品库是空的：请先在“编辑 → 商品…”里添加商品</translation>
    </message>
    <message>
        <source>Type a time window like 09:00–09:30.</source>
        <translation>请按 09:00–09:30 的格式输入时段。</translation>
    </message>
</context>
<context>
    <name>CampaignFacts</name>
    <message>
        <source>visitors {visitors:,} · orders {orders:,} · revenue {revenue}</source>
        <translation>访客数 {visitors:,} · 订单数 {orders:,} · 销售额 {revenue}</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>活动目的</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>{span} ({days} days)</source>
        <translation>{span}（{days} 天）</translation>
    </message>
    <message>
        <source>Daily hours</source>
        <translation>每日时段</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Sign-up deadline</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Price tactic</source>
        <translation>价格策略</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>Campaign price</source>
        <translation>活动价</translation>
    </message>
    <message>
        <source>Profit per sale</source>
        <translation>单件利润</translation>
    </message>
    <message>
        <source>(deleted product)</source>
        <translation>（已删除的商品）</translation>
    </message>
    <message>
        <source> (loss)</source>
        <translation>（亏损）</translation>
    </message>
</context>
<context>
    <name>CampaignPanel</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Campaign calendar</source>
        <translation>活动日历</translation>
    </message>
    <message>
        <source>Open a database to plan your campaigns here: a calendar with China's shopping festivals, tasks on a Gantt chart, and checks of prices and principles.</source>
        <translation>打开数据库后就可以在这里策划活动：带有各大购物节的活动日历、甘特图上的任务，以及价格和活动原则的检查。</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Plan a new campaign</source>
        <translation>策划一个新活动</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected campaign</source>
        <translation>编辑选中的活动</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move the campaign to the trash (Ctrl+Z undoes it)</source>
        <translation>把活动移到回收站（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>The plan, prices, tasks and checks of the selected campaign as a PDF for your staff</source>
        <translation>把选中活动的计划、价格、任务和检查结果导出为 PDF，发给员工</translation>
    </message>
    <message>
        <source>Undo the last deletion</source>
        <translation>撤销上一次删除</translation>
    </message>
    <message>
        <source>Festivals…</source>
        <translation>节日…</translation>
    </message>
    <message>
        <source>Correct, hide or add the shopping festivals and holidays on the calendar</source>
        <translation>修改、隐藏或添加日历上的购物节和节假日</translation>
    </message>
    <message>
        <source>Added the campaign “{name}” with its tasks.</source>
        <translation>已添加活动“{name}”及其任务。</translation>
    </message>
    <message>
        <source>Moved the campaign “{name}” to the trash.</source>
        <translation>已把活动“{name}”移到回收站。</translation>
    </message>
    <message>
        <source>Export the campaign to PDF</source>
        <translation>导出活动为 PDF</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>活动</translation>
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
    <name>CampaignPdf</name>
    <message>
        <source>Exported on {date}</source>
        <translation>导出日期：{date}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>活动计划</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Products and prices</source>
        <translation>商品与价格</translation>
    </message>
    <message>
        <source>No products in this campaign.</source>
        <translation>这个活动没有商品。</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>活动原则</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>原则</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>做到</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>没有任务。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>{done} of {total} tasks done</source>
        <translation>共 {total} 个任务，已完成 {done} 个</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>CampaignReviewPage</name>
    <message>
        <source>No orders yet in the campaign or the same length of time before it: import your orders to review it.</source>
        <translation>活动期间和活动前同期都还没有订单：导入订单后即可复盘。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>During the campaign</source>
        <translation>活动期间</translation>
    </message>
    <message>
        <source>Same length before</source>
        <translation>活动前同期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>&lt;b&gt;Targets vs actual&lt;/b&gt;</source>
        <translation>&lt;b&gt;目标 vs 实际&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>This campaign has no targets set.</source>
        <translation>这个活动没有设定目标。</translation>
    </message>
    <message>
        <source>{delta} pp</source>
        <translation>{delta} 个百分点</translation>
    </message>
    <message>
        <source>Campaign {start} to {end}, against the same length before: {pstart} to {pend}</source>
        <translation>活动期间 {start} 至 {end}，对比活动前同期 {pstart} 至 {pend}</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>买家数</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客数</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未达成</translation>
    </message>
</context>
<context>
    <name>CampaignViews</name>
    <message>
        <source>Month</source>
        <translation>月历</translation>
    </message>
    <message>
        <source>A month on a calendar</source>
        <translation>按月显示活动日历</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>A year on a line</source>
        <translation>按年显示时间轴</translation>
    </message>
    <message>
        <source>Previous (PageUp)</source>
        <translation>上一页（PageUp）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>回到今天</translation>
    </message>
    <message>
        <source>Next (PageDown)</source>
        <translation>下一页（PageDown）</translation>
    </message>
    <message>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>{year}年</translation>
    </message>
</context>
<context>
    <name>ChannelsEditor</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>粉丝/人数</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>添加渠道</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Revenue and orders</source>
        <translation>销售额和订单数</translation>
    </message>
    <message>
        <source>AOV and conversion</source>
        <translation>客单价和转化率</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>热销商品</translation>
    </message>
    <message>
        <source>Order time heatmap</source>
        <translation>下单时间热力图</translation>
    </message>
    <message>
        <source>Revenue breakdown</source>
        <translation>营收拆解</translation>
    </message>
    <message>
        <source>Sales by affiliate</source>
        <translation>按淘客/渠道的销售额</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save the chart shown as PNG, SVG or PDF</source>
        <translation>把当前图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the chart shown to the clipboard</source>
        <translation>把当前图表复制到剪贴板</translation>
    </message>
    <message>
        <source>Enter traffic to see the revenue breakdown</source>
        <translation>录入流量后可看营收拆解</translation>
    </message>
    <message>
        <source>Import the affiliate order report (推广订单) in the Affiliates tab to see sales by affiliate</source>
        <translation>在“淘客管理”里导入推广订单后，可看按淘客的销售额</translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation>销售额（元）</translation>
    </message>
    <message>
        <source>Previous period revenue</source>
        <translation>上一周期销售额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>AOV (yuan)</source>
        <translation>客单价（元）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Conversion rate (%)</source>
        <translation>转化率（%）</translation>
    </message>
    <message>
        <source>Enter traffic to see the conversion rate</source>
        <translation>录入流量后可看转化率</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Others (%n)</source>
        <translation>其他（%n 个）</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>单</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Hour of payment</source>
        <translation>付款时段</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>已付款订单</translation>
    </message>
    <message>
        <source>Busiest hour: %1 %2:00 (%3 orders) — a good time for a flash sale</source>
        <translation>最旺时段：%1 %2:00（%3 单）— 适合做一刻千金</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>AOV</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <source>Promoted amount (yuan)</source>
        <translation>推广金额（元）</translation>
    </message>
    <message>
        <source>Promoted by affiliates: %1 in %2 orders, commission %3</source>
        <translation>淘客推广：%1，%2 单，佣金 %3</translation>
    </message>
    <message>
        <source> (about %1 of revenue)</source>
        <translation>（约占销售额 %1）</translation>
    </message>
    <message>
        <source>No affiliate orders in this period</source>
        <translation>本期没有推广订单</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Chart saved: %1</source>
        <translation>图表已保存：%1</translation>
    </message>
    <message>
        <source>Chart copied</source>
        <translation>图表已复制</translation>
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
    <name>CommissionPanel</name>
    <message>
        <source>A new shop pays high to attract affiliates; a stable shop pays the upper-middle of its industry</source>
        <translation>新店要给高佣金才能吸引淘客；稳定期的店铺给行业中上水平的佣金</translation>
    </message>
    <message>
        <source>Change default…</source>
        <translation>修改默认佣金…</translation>
    </message>
    <message>
        <source>Products…</source>
        <translation>商品…</translation>
    </message>
    <message>
        <source>Edit the product catalogue: price, cost, platform fee, 爆款</source>
        <translation>编辑商品：售价、成本、平台扣点、爆款</translation>
    </message>
    <message>
        <source>Shop stage:</source>
        <translation>店铺阶段：</translation>
    </message>
    <message>
        <source>Default commission:</source>
        <translation>默认佣金：</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Bestseller</source>
        <translation>爆款</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>平台扣点</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Commission per item</source>
        <translation>每件佣金</translation>
    </message>
    <message>
        <source>Left after commission</source>
        <translation>佣后毛利</translation>
    </message>
    <message>
        <source>Change commission…</source>
        <translation>修改佣金…</translation>
    </message>
    <message>
        <source>Products and their commission</source>
        <translation>商品佣金</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>淘客</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Targeted commission (定向佣金)</source>
        <translation>定向佣金</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原佣金</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新佣金</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>佣金修改记录</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>{count} products sell at a loss at their commission.</source>
        <translation>有 {count} 件商品按现在的佣金卖一件亏一件。</translation>
    </message>
    <message>
        <source>Products: {count}</source>
        <translation>共 {count} 件商品</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Shop default</source>
        <translation>店铺默认</translation>
    </message>
    <message>
        <source>Product: {title}</source>
        <translation>商品：{title}</translation>
    </message>
    <message>
        <source>Affiliate: {name}</source>
        <translation>淘客：{name}</translation>
    </message>
    <message>
        <source>A bestseller's commission was cut: affiliates leave when that happens.</source>
        <translation>爆款降佣：这样做淘客会流失。</translation>
    </message>
    <message>
        <source>Latest {shown} of {total}</source>
        <translation>最近 {shown} 条，共 {total} 条</translation>
    </message>
    <message>
        <source>Commission changed; the history keeps the change.</source>
        <translation>佣金已修改，修改记录已保存。</translation>
    </message>
    <message>
        <source>Choose the affiliate for a targeted rate</source>
        <translation>选择要设定向佣金的淘客</translation>
    </message>
    <message>
        <source>Targeted rate removed</source>
        <translation>取消定向佣金</translation>
    </message>
    <message>
        <source>Removal undone</source>
        <translation>撤销取消定向佣金</translation>
    </message>
    <message>
        <source>Removed the targeted rate of {name} ({what}).</source>
        <translation>已取消 {name} 的定向佣金（{what}）。</translation>
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
    <name>CutDiscountPage</name>
    <message>
        <source>Price cut plus discount</source>
        <translation>降价加打折</translation>
    </message>
    <message>
        <source>Cut the price first, then give a discount: on a 100 元 item, cutting 10 元 and then 8折 gives away only 28 元, while a straight 6折 gives away 40 元, yet buyers feel they got more.</source>
        <translation>先降价再打折：100 元的商品先降 10 元再打 8折，只让利 28 元；直接打 6折要让利 40 元，买家却觉得前者更划算。</translation>
    </message>
    <message>
        <source>Cut the price by (元):</source>
        <translation>先降价（元）：</translation>
    </message>
    <message>
        <source>Then discount to:</source>
        <translation>再打折到：</translation>
    </message>
    <message>
        <source>Compare with a straight:</source>
        <translation>对比直接打折到：</translation>
    </message>
    <message>
        <source>The share of the price the buyer pays: 80% is 8折</source>
        <translation>买家支付原价的比例：80% 就是 8折</translation>
    </message>
    <message>
        <source>Cutting first and then discounting gives away {amount} less per unit than the straight discount, and the buyer sees two offers.</source>
        <translation>先降价再打折，每件比直接打折少让利 {amount}，买家还看到了两重优惠。</translation>
    </message>
    <message>
        <source>Cutting first and then discounting gives away {amount} more per unit than the straight discount.</source>
        <translation>先降价再打折，每件比直接打折多让利 {amount}。</translation>
    </message>
    <message>
        <source>Both give away the same.</source>
        <translation>两种做法让利相同。</translation>
    </message>
    <message>
        <source>Cut {cut}, then {zhe}</source>
        <translation>先降 {cut}，再打 {zhe}</translation>
    </message>
    <message>
        <source>Straight {zhe}</source>
        <translation>直接打 {zhe}</translation>
    </message>
</context>
<context>
    <name>DelistingDialog</name>
    <message>
        <source>Delisting notice (下架换链通知)</source>
        <translation>下架换链通知</translation>
    </message>
    <message>
        <source> (taken down)</source>
        <translation>（已下架）</translation>
    </message>
    <message>
        <source>Not taken down yet; planned for</source>
        <translation>尚未下架，计划下架日期：</translation>
    </message>
    <message>
        <source>Tell the affiliates in advance: the notice names this day</source>
        <translation>提前通知淘客：通知内容会写明这一天</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <source>Follow-ups &amp;due:</source>
        <translation>跟进日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;What to tell them:</source>
        <translation>通知内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Create follow-ups</source>
        <translation>创建跟进</translation>
    </message>
    <message>
        <source>promotion link</source>
        <translation>有推广链接</translation>
    </message>
    <message>
        <source>{count} orders in 30 days</source>
        <translation>近30天{count}单</translation>
    </message>
    <message>
        <source>(already has an open notice for this product)</source>
        <translation>（已有该商品未完成的下架通知）</translation>
    </message>
    <message>
        <source>Nobody is promoting this product: no promotion link, and no affiliate orders for it in the last 30 days.</source>
        <translation>没有淘客在推这个商品：没有推广链接，近30天也没有推广订单。</translation>
    </message>
    <message>
        <source>Promoting it: {count}; ticked: {ticked}</source>
        <translation>在推淘客：{count} 位；已勾选：{ticked} 位</translation>
    </message>
    <message>
        <source>Created {count} delisting follow-ups: they are in the follow-ups due list.</source>
        <translation>已创建 {count} 条下架换链通知跟进，可在“待跟进”中查看。</translation>
    </message>
    <message>
        <source>{count} already had an open notice for this product.</source>
        <translation>{count} 位淘客已有该商品未完成的下架通知，未重复创建。</translation>
    </message>
</context>
<context>
    <name>DueTodayDialog</name>
    <message>
        <source>Follow-ups due today</source>
        <translation>今日待跟进</translation>
    </message>
    <message>
        <source>{count} affiliates need a follow-up today ({overdue} overdue).</source>
        <translation>今天有 {count} 位淘客需要跟进（已逾期 {overdue} 位）。</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>淘客</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>大客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应跟进日期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进类型</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>还有 {count} 位</translation>
    </message>
    <message>
        <source>Don't remind me again today</source>
        <translation>今天不再提示</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>打开待跟进</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
    <name>FestivalsDialog</name>
    <message>
        <source>Festivals of {year}</source>
        <translation>{year}年的节日</translation>
    </message>
    <message>
        <source>Main day:</source>
        <translation>主日：</translation>
    </message>
    <message>
        <source>Big platform event (campaigns should chain after it)</source>
        <translation>平台大促（结束后应接上下一个活动）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>第一天(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>最后一天(&amp;L)：</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>添加为新节日</translation>
    </message>
    <message>
        <source>Reset to built-in</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>自己添加</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>FigureCards</name>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>买家数</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Buyers ÷ visitors; enter the traffic of every day of the period to see it</source>
        <translation>买家数 ÷ 访客数；录入这段时间每一天的流量后可见</translation>
    </message>
    <message>
        <source>Previous period %1: %2</source>
        <translation>上一周期 %1：%2</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>持平</translation>
    </message>
</context>
<context>
    <name>FlashPage</name>
    <message>
        <source>Flash window</source>
        <translation>一刻千金</translation>
    </message>
    <message>
        <source>Every day within a fixed window (e.g. 9:00–9:30) a few units sell at a very low fixed price (e.g. 5 元): buyers come back at that time every day.</source>
        <translation>每天在固定时段（如 9:00–9:30）以极低的固定价格（如 5 元）出售少量商品，买家每天都会准时回来。</translation>
    </message>
    <message>
        <source>Every day from:</source>
        <translation>每天从：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Flash price (元):</source>
        <translation>秒杀价（元）：</translation>
    </message>
    <message>
        <source>Units per day at most:</source>
        <translation>每天最多件数：</translation>
    </message>
    <message>
        <source>For how many days:</source>
        <translation>持续天数：</translation>
    </message>
    <message>
        <source>One unit in the window</source>
        <translation>时段内每件</translation>
    </message>
    <message>
        <source>{minutes} minutes a day, at most {cap} units a day for {days} days: {units} units in all.</source>
        <translation>每天 {minutes} 分钟，每天最多 {cap} 件，共 {days} 天：合计 {units} 件。</translation>
    </message>
    <message>
        <source>The shop pays {total} in all to run it ({unit} per unit).</source>
        <translation>店铺总共要贴 {total}（每件亏 {unit}）。</translation>
    </message>
    <message>
        <source>The flash price still covers the cost and fees.</source>
        <translation>秒杀价仍能覆盖成本和费用，不亏本。</translation>
    </message>
    <message>
        <source>Against selling at the list price it earns {unit} less per unit, {total} less in all.</source>
        <translation>与按原价卖相比，每件少赚 {unit}，合计少赚 {total}。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Edit follow-up: {name}</source>
        <translation>编辑跟进记录：{name}</translation>
    </message>
    <message>
        <source>Done &amp; schedule next: {name}</source>
        <translation>完成并安排下次：{name}</translation>
    </message>
    <message>
        <source>Log follow-up: {name}</source>
        <translation>记录跟进：{name}</translation>
    </message>
    <message>
        <source>What was said, e.g. asked how conversion is going</source>
        <translation>沟通内容，例如：问了最近的推广转化情况</translation>
    </message>
    <message>
        <source>e.g. will keep promoting; wants posters</source>
        <translation>例如：会继续推；需要海报素材</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3天后</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>1周后</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Stay in touch every {days} days</source>
        <translation>每 {days} 天联系一次</translation>
    </message>
    <message>
        <source>Done &amp;&amp; schedule next</source>
        <translation>完成并安排下次</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Planned for {date}: {what}</source>
        <translation>原计划 {date}：{what}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>跟进类型</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划内容</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应跟进日期</translation>
    </message>
</context>
<context>
    <name>FollowUpLog</name>
    <message>
        <source>Overdue by {days} days</source>
        <translation>已逾期 {days} 天</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Due in {days} days</source>
        <translation>{days} 天后到期</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>记录跟进</translation>
    </message>
    <message>
        <source>Done &amp;&amp; schedule next</source>
        <translation>完成并安排下次</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>When / due</source>
        <translation>时间 / 应跟进</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>跟进类型</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No follow-ups yet. Log the first contact with Ctrl+L.</source>
        <translation>还没有跟进记录。按 Ctrl+L 记录第一次联系。</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>应跟进 {date}</translation>
    </message>
    <message>
        <source>(planned)</source>
        <translation>（计划）</translation>
    </message>
    <message>
        <source>Deleted follow-up “{what}”</source>
        <translation>已删除跟进记录“{what}”</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Phone {number}</source>
        <translation>电话 {number}</translation>
    </message>
    <message>
        <source>WeChat {id}</source>
        <translation>微信 {id}</translation>
    </message>
    <message>
        <source>Show the follow-ups of one staff member</source>
        <translation>只看某位工作人员的跟进</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>跟进类型</translation>
    </message>
    <message>
        <source>Affiliate</source>
        <translation>淘客</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>大客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应跟进日期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进类型</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划内容</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Nothing due today. Well done!</source>
        <translation>今天没有待跟进的淘客，干得好！</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <source>Suggested follow-ups</source>
        <translation>建议跟进</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Plan follow-ups</source>
        <translation>安排跟进</translation>
    </message>
    <message>
        <source>Plan a routine follow-up for the selected affiliates (all when none is selected)</source>
        <translation>为选中的淘客安排日常沟通（未选中时为全部）</translation>
    </message>
    <message>
        <source>Active affiliates with no orders for</source>
        <translation>合作中的淘客，已连续</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>上次出单</translation>
    </message>
    <message>
        <source>Days without orders</source>
        <translation>未出单天数</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Due today: {count} (overdue: {overdue})</source>
        <translation>今日待跟进：{count} 项（已逾期 {overdue} 项）</translation>
    </message>
    <message>
        <source>{kind} (stay in touch)</source>
        <translation>{kind}（定期联系）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Done &amp;&amp; schedule next</source>
        <translation>完成并安排下次</translation>
    </message>
    <message>
        <source>and nothing planned: {count}</source>
        <translation>没有出单且未安排跟进：{count} 位</translation>
    </message>
    <message>
        <source>Follow-up logged.</source>
        <translation>已记录跟进。</translation>
    </message>
    <message>
        <source>Ask how their conversion is going</source>
        <translation>问问推广转化情况</translation>
    </message>
    <message>
        <source>Planned {count} follow-ups.</source>
        <translation>已安排 {count} 条跟进。</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <source>Campaign</source>
        <translation>活动期</translation>
    </message>
    <message>
        <source>Sign-up deadline</source>
        <translation>报名截止</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>No tasks yet: add them below.</source>
        <translation>还没有任务：请在下面添加。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <source>Edit group</source>
        <translation>编辑群</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>新增群</translation>
    </message>
    <message>
        <source>e.g. 淘客1群</source>
        <translation>例如：淘客1群</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>群名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Group n&amp;umber:</source>
        <translation>群号(&amp;U)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <source>Our groups</source>
        <translation>群管理</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>群名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>群号</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleted the group {name}</source>
        <translation>已删除群“{name}”</translation>
    </message>
</context>
<context>
    <name>IllusionPage</name>
    <message>
        <source>Illusion discount</source>
        <translation>错觉折扣</translation>
    </message>
    <message>
        <source>“Pay 100 元, take goods worth 130 元” feels better than “23% off”, and earns slightly more than a 30% discount (7折).</source>
        <translation>“花100元换购价值130元商品”比“7.7折”更吸引人，而且比直接打 7折 稍微多赚一点。</translation>
    </message>
    <message>
        <source>The buyer pays (元):</source>
        <translation>买家花（元）：</translation>
    </message>
    <message>
        <source>Takes goods worth (元):</source>
        <translation>换购价值（元）：</translation>
    </message>
    <message>
        <source>Compare with a discount to:</source>
        <translation>对比直接打折到：</translation>
    </message>
    <message>
        <source>The share of the price the buyer pays: 70% is 7折</source>
        <translation>买家支付原价的比例：70% 就是 7折</translation>
    </message>
    <message>
        <source>Pay {pay}, take goods worth {worth}: works out at {zhe}, {bonus} more goods</source>
        <translation>花 {pay} 换购价值 {worth} 的商品：相当于 {zhe}，多拿 {bonus}</translation>
    </message>
    <message>
        <source>The illusion discount earns {amount} more per unit than {zhe}.</source>
        <translation>错觉折扣每件比 {zhe} 多赚 {amount}。</translation>
    </message>
    <message>
        <source>The illusion discount earns {amount} less per unit than {zhe}.</source>
        <translation>错觉折扣每件比 {zhe} 少赚 {amount}。</translation>
    </message>
    <message>
        <source>Straight {zhe}</source>
        <translation>直接打 {zhe}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Something went wrong: {message}</source>
        <translation>出错了：{message}</translation>
    </message>
    <message>
        <source>Added {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}</source>
        <translation>新增 {added}，更新 {updated}，未变 {unchanged}，跳过 {skipped}</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import good rows only</source>
        <translation>只导入正确的行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Reading {name}… {percent}%</source>
        <translation>正在读取 {name}… {percent}%</translation>
    </message>
    <message>
        <source>The columns were not chosen, so the file cannot be imported.</source>
        <translation>未选择列，无法导入此文件。</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation>（推测）</translation>
    </message>
    <message>
        <source>{good} orders, {bad} rows cannot be read</source>
        <translation>{good} 个订单，{bad} 行无法读取</translation>
    </message>
    <message>
        <source>{good} orders</source>
        <translation>{good} 个订单</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>{count} rows cannot be read; fix them in the file, or import only the good rows:</source>
        <translation>{count} 行无法读取；请在文件中改正，或只导入正确的行：</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported, your data is as before.</source>
        <translation>导入已取消：没有导入任何数据，您的数据保持不变。</translation>
    </message>
    <message>
        <source>Order reports (*.csv *.xlsx)</source>
        <translation>订单报表 (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>LinkForm</name>
    <message>
        <source>Add promotion link</source>
        <translation>添加推广链接</translation>
    </message>
    <message>
        <source>Where they promote it, e.g. https://…</source>
        <translation>淘客推广该商品的地址，如 https://…</translation>
    </message>
    <message>
        <source>Affiliate:</source>
        <translation>淘客：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>LinkModel</name>
    <message>
        <source>Affiliate</source>
        <translation>淘客</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>推广链接</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未检查</translation>
    </message>
    <message>
        <source>Click to open the link in your browser (Enter)</source>
        <translation>点击在浏览器中打开链接（回车）</translation>
    </message>
    <message>
        <source>Not checked for more than a day: check it today</source>
        <translation>超过一天未检查：请今天检查</translation>
    </message>
</context>
<context>
    <name>LowestPricePage</name>
    <message>
        <source>7-day lowest price</source>
        <translation>7天最低价</translation>
    </message>
    <message>
        <source>A campaign's discount is measured against the lowest price of the days before it, not the list price: a price cut a few days earlier makes the campaign's discount smaller, or no discount at all.</source>
        <translation>活动的优惠幅度按活动前几天的最低价计算，而不是按原价：活动前几天降过价，活动的优惠就会变小，甚至不算优惠。</translation>
    </message>
    <message>
        <source>Campaign starts:</source>
        <translation>活动开始：</translation>
    </message>
    <message>
        <source>Campaign price (元):</source>
        <translation>活动价（元）：</translation>
    </message>
    <message>
        <source>Days before it:</source>
        <translation>往前看天数：</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Price (元)</source>
        <translation>售价（元）</translation>
    </message>
    <message>
        <source>Each price holds from its date until the next one</source>
        <translation>每个价格从其日期起生效，直到下一个价格</translation>
    </message>
    <message>
        <source>Add price</source>
        <translation>添加价格</translation>
    </message>
    <message>
        <source>Remove price</source>
        <translation>删除价格</translation>
    </message>
    <message>
        <source>Price history:</source>
        <translation>历史价格：</translation>
    </message>
    <message>
        <source>Price history, row {row}: {reason}</source>
        <translation>历史价格第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>Enter the campaign price.</source>
        <translation>请输入活动价。</translation>
    </message>
    <message>
        <source>No price is known for the {days} days before the campaign: add the prices it sold at.</source>
        <translation>活动前 {days} 天没有已知价格：请添加当时的售价。</translation>
    </message>
    <message>
        <source>Lowest price of the {days} days before the campaign: {price}</source>
        <translation>活动前 {days} 天的最低价：{price}</translation>
    </message>
    <message>
        <source>The campaign price is {amount} ({rate}) below it: a real discount.</source>
        <translation>活动价比它低 {amount}（{rate}）：是真正的优惠。</translation>
    </message>
    <message>
        <source>The campaign price {price} is not below it: this is no discount, and must not be advertised as one.</source>
        <translation>活动价 {price} 不低于这个最低价：这不是真正的优惠，不能标为优惠。</translation>
    </message>
    <message>
        <source>At the campaign price</source>
        <translation>按活动价</translation>
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
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Products…</source>
        <translation>商品(&amp;P)…</translation>
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
    <name>MappingDialog</name>
    <message>
        <source>Choose the columns</source>
        <translation>选择列</translation>
    </message>
    <message>
        <source>This file's columns have names we do not know. Choose the column that holds each field; fields marked * are required. The choice is remembered for files with the same columns.</source>
        <translation>无法识别此文件的列名。请为每个字段选择对应的列，带 * 的为必选。所选设置会被记住，用于列相同的文件。</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Choose a column for: {names}</source>
        <translation>请为以下字段选择列：{names}</translation>
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
    <name>OneYuanPage</name>
    <message>
        <source>One-yuan deal</source>
        <translation>超值一元</translation>
    </message>
    <message>
        <source>A limited number of units, normally worth tens or hundreds of 元, sell for 1 元, one per buyer, to bring buyers who then buy related items.</source>
        <translation>限量把原价几十、上百元的商品以 1 元出售，每人限购一件，用来带动关联商品的销量。</translation>
    </message>
    <message>
        <source>Deal price (元):</source>
        <translation>活动价（元）：</translation>
    </message>
    <message>
        <source>Units (one per buyer):</source>
        <translation>数量（每人限一件）：</translation>
    </message>
    <message>
        <source>Profit per related sale (元):</source>
        <translation>每笔关联销售利润（元）：</translation>
    </message>
    <message>
        <source>What one sale of a related item earns the shop</source>
        <translation>卖出一件关联商品店铺能赚多少</translation>
    </message>
    <message>
        <source>One unit at the deal price</source>
        <translation>按活动价每件</translation>
    </message>
    <message>
        <source>{quantity} units cost the shop {total} ({unit} per unit).</source>
        <translation>{quantity} 件共要贴 {total}（每件亏 {unit}）。</translation>
    </message>
    <message>
        <source>{sales} related sales pay it back: {per_buyer} per deal buyer.</source>
        <translation>需要 {sales} 笔关联销售才能回本：平均每位抢购的买家 {per_buyer} 笔。</translation>
    </message>
    <message>
        <source>The deal price covers the cost and fees: nothing to pay back.</source>
        <translation>活动价已覆盖成本和费用，无需回本。</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <source>Buyer pays</source>
        <translation>买家实付</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>平台费</translation>
    </message>
    <message>
        <source>Profit per unit</source>
        <translation>每件利润</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>利润率</translation>
    </message>
    <message>
        <source>{zhe} / {amount} off</source>
        <translation>{zhe} / 优惠 {amount}</translation>
    </message>
    <message>
        <source>{amount} above the list price</source>
        <translation>比原价高 {amount}</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>无优惠</translation>
    </message>
    <message>
        <source>Below cost: loses {amount} per unit</source>
        <translation>低于成本，每件亏 {amount}</translation>
    </message>
    <message>
        <source>After the platform fee and commission: loses {amount} per unit</source>
        <translation>扣除平台费和佣金后，每件亏 {amount}</translation>
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
    <name>PrivateFeeDialog</name>
    <message>
        <source>Private fees (私下收费): {name}</source>
        <translation>私下收费记录：{name}</translation>
    </message>
    <message>
        <source>Settlement is CPS: the shop pays a commission only for completed deals, through the platform; exposure and clicks cost nothing. An affiliate who asks for a fee on the side (坑位费, 红包, …) is breaking the rules. Record each request here: the register then shows a warning on them.</source>
        <translation>淘客推广按成交付费（CPS）：只有成交的订单才通过平台结算佣金，展示和点击都不收费。私下向店铺收费（坑位费、红包等）的淘客违反规则。在这里记下每一次，名录中会对其显示警告。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected record (Undo brings it back)</source>
        <translation>删除选中的记录（可撤销）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>e.g. 要求先付200元坑位费才推广</source>
        <translation>例如：要求先付200元坑位费才推广</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Amount (元):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>经过(&amp;W)：</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>共 {count} 条记录</translation>
    </message>
    <message>
        <source>Private fee recorded.</source>
        <translation>已记录私下收费。</translation>
    </message>
    <message>
        <source>Deleted the record of {date}.</source>
        <translation>已删除 {date} 的记录。</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>Edit product</source>
        <translation>编辑商品</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>e.g. 北欧风陶瓷马克杯 350ml</source>
        <translation>如：北欧风陶瓷马克杯 350ml</translation>
    </message>
    <message>
        <source>The platform's item ID (optional)</source>
        <translation>平台上的宝贝ID（可不填）</translation>
    </message>
    <message>
        <source>e.g. 99</source>
        <translation>如：99</translation>
    </message>
    <message>
        <source>What one unit costs you: purchase, packaging and shipping</source>
        <translation>每件的成本：进货、包装和运费</translation>
    </message>
    <message>
        <source>The platform's fee on each sale (技术服务费), e.g. 5%</source>
        <translation>平台按每笔成交收取的费用（技术服务费），如 5%</translation>
    </message>
    <message>
        <source>Shop default</source>
        <translation>店铺默认</translation>
    </message>
    <message>
        <source>The affiliate (淘宝客) commission for this product; leave empty to use the shop's default rate</source>
        <translation>这件商品给淘宝客的佣金比例；留空则用店铺默认佣金</translation>
    </message>
    <message>
        <source>Bestseller (爆款)</source>
        <translation>爆款</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>商品标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Item ID:</source>
        <translation>宝贝ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Price (元):</source>
        <translation>售价（元）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Cost (元):</source>
        <translation>成本（元）(&amp;C)：</translation>
    </message>
    <message>
        <source>Platform &amp;fee:</source>
        <translation>平台费率(&amp;F)：</translation>
    </message>
    <message>
        <source>Co&amp;mmission:</source>
        <translation>佣金(&amp;M)：</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>毛利：</translation>
    </message>
    <message>
        <source>{amount} per unit ({rate} of the price)</source>
        <translation>每件 {amount}（占售价 {rate}）</translation>
    </message>
    <message>
        <source>Lowering a bestseller's commission makes affiliates leave: raise it only when the bestseller is sliding, and lower it only after careful thought.</source>
        <translation>降低爆款的佣金会让淘客流失：爆款下滑时才提高佣金，降低佣金务必慎重。</translation>
    </message>
    <message>
        <source>The commission is not below the margin: affiliate sales earn nothing or lose money.</source>
        <translation>佣金不低于毛利率：淘客成交不赚钱甚至亏本。</translation>
    </message>
    <message>
        <source>Changed in the product form</source>
        <translation>在商品资料中修改</translation>
    </message>
</context>
<context>
    <name>ProductModel</name>
    <message>
        <source>Product title</source>
        <translation>商品标题</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>宝贝ID</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>平台费率</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Bestseller</source>
        <translation>爆款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Price − cost − platform fee, per unit and as a share of the price (commission not included). Click to sort.</source>
        <translation>售价 − 成本 − 平台费：每件金额及占售价的比例（未扣佣金）。点击排序。</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>点击排序</translation>
    </message>
    <message>
        <source>Sold at this price the product loses money, before any commission.</source>
        <translation>按这个售价，还没扣佣金就已经亏本。</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>Shop default</source>
        <translation>店铺默认</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Search title or item ID</source>
        <translation>搜索商品标题或宝贝ID</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>添加商品…</translation>
    </message>
    <message>
        <source>Edit product…</source>
        <translation>编辑商品…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Add a product (Insert)</source>
        <translation>添加商品（Insert 键）</translation>
    </message>
    <message>
        <source>Edit the selected product (Enter or double-click)</source>
        <translation>编辑所选商品（回车或双击）</translation>
    </message>
    <message>
        <source>Move the selected products to the trash (Delete; Ctrl+Z undoes it)</source>
        <translation>把所选商品移到回收站（Delete 键；Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>还没有商品</translation>
    </message>
    <message>
        <source>Add your products with their price, cost and platform fee: the price calculator and the campaign checks use them to work out your profit.</source>
        <translation>添加商品及其售价、成本和平台费率：价格计算和活动检查会用它们算出您的利润。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>找到 {count} 件商品</translation>
    </message>
    <message>
        <source>Products: {count}</source>
        <translation>共 {count} 件商品</translation>
    </message>
    <message>
        <source>Product taken down</source>
        <translation>商品已下架</translation>
    </message>
    <message>
        <source>{count} affiliates are promoting “{title}”. Tell them to change their links (下架换链通知)?</source>
        <translation>有 {count} 位淘客在推“{title}”。通知在推的淘客换链接（下架换链通知）？</translation>
    </message>
    <message>
        <source>Moved “{title}” to the trash.</source>
        <translation>已将“{title}”移到回收站。</translation>
    </message>
    <message>
        <source>Moved {count} products to the trash.</source>
        <translation>已将 {count} 件商品移到回收站。</translation>
    </message>
</context>
<context>
    <name>ProductsEditor</name>
    <message>
        <source>Type to find a product in the catalogue</source>
        <translation>输入文字查找商品库里的商品</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Price tactic</source>
        <translation>价格策略</translation>
    </message>
    <message>
        <source>Campaign price</source>
        <translation>活动价</translation>
    </message>
    <message>
        <source>Profit per sale</source>
        <translation>单件利润</translation>
    </message>
    <message>
        <source>e.g. 99</source>
        <translation>例如：99</translation>
    </message>
    <message>
        <source>  ▼ loss</source>
        <translation>  ▼ 亏损</translation>
    </message>
    <message>
        <source>price {price} − cost {cost} − platform fee {fee} − commission {commission}</source>
        <translation>售价 {price} − 成本 {cost} − 平台费 {fee} − 佣金 {commission}</translation>
    </message>
    <message>
        <source>Campaign price of “{title}”: {error}</source>
        <translation>“{title}”的活动价：{error}</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Affiliate</source>
        <translation>淘客</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>当月完成</translation>
    </message>
    <message>
        <source>Tier reached</source>
        <translation>已达档位</translation>
    </message>
    <message>
        <source>Bonus so far</source>
        <translation>已得奖金</translation>
    </message>
    <message>
        <source>Next threshold</source>
        <translation>下一档门槛</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>还差</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Tier {n}</source>
        <translation>第 {n} 档</translation>
    </message>
    <message>
        <source>Top tier</source>
        <translation>已达最高档</translation>
    </message>
    <message>
        <source>Paid {when} by {who}. {note}</source>
        <translation>{who} 于 {when} 发放。{note}</translation>
    </message>
    <message>
        <source>{bonus}, paid</source>
        <translation>{bonus}，已发放</translation>
    </message>
    <message>
        <source>{bonus}, to pay</source>
        <translation>{bonus}，待发放</translation>
    </message>
</context>
<context>
    <name>PromoCheckPanel</name>
    <message>
        <source>All links</source>
        <translation>全部链接</translation>
    </message>
    <message>
        <source>To check (not checked for a day)</source>
        <translation>待检查（超过一天未查）</translation>
    </message>
    <message>
        <source>Show the links of one affiliate only</source>
        <translation>只看某位淘客的链接</translation>
    </message>
    <message>
        <source>All affiliates</source>
        <translation>全部淘客</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>添加链接…</translation>
    </message>
    <message>
        <source>Record a product an affiliate promotes (Insert)</source>
        <translation>记录淘客在推的商品（Insert）</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>删除链接</translation>
    </message>
    <message>
        <source>Forget the selected link; its check history stays (Delete; Ctrl+Z undoes)</source>
        <translation>删除选中的链接，检查记录仍保留（Delete；Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Delisting notice…</source>
        <translation>下架通知…</translation>
    </message>
    <message>
        <source>Tell the affiliates promoting a product before it is taken down</source>
        <translation>商品下架前通知在推的淘客换链接</translation>
    </message>
    <message>
        <source>Group announcement…</source>
        <translation>群公告…</translation>
    </message>
    <message>
        <source>Write an announcement for your QQ/WeChat groups and copy it</source>
        <translation>编写QQ群/微信群公告并复制</translation>
    </message>
    <message>
        <source>No promotion links yet</source>
        <translation>还没有推广链接</translation>
    </message>
    <message>
        <source>Record which of your products each affiliate promotes and where (Add link…). Check them every day: links not checked for a day come first, and 1 / 2 / 3 record 在推 / 已下架 / 链接失效.</source>
        <translation>记录每位淘客在推哪些商品、推广地址在哪里（添加链接…）。每天检查一次：超过一天未检查的链接排在前面，按 1 / 2 / 3 记录 在推 / 已下架 / 链接失效。</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>检查结果：</translation>
    </message>
    <message>
        <source>Record “{result}” for the selected link and go to the next (key {key})</source>
        <translation>为选中的链接记录“{result}”并转到下一条（按键 {key}）</translation>
    </message>
    <message>
        <source>Note for this check (optional)</source>
        <translation>本次检查备注（可不填）</translation>
    </message>
    <message>
        <source>Taken down or broken: plan a follow-up to ask them to relink</source>
        <translation>已下架或链接失效时，安排跟进请淘客换链</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>To check today: {count}</source>
        <translation>今日待检查：{count}</translation>
    </message>
    <message>
        <source>Every link has been checked today.</source>
        <translation>所有链接今天都已检查过。</translation>
    </message>
    <message>
        <source>Affiliate: {name}</source>
        <translation>淘客：{name}</translation>
    </message>
    <message>
        <source>Affiliate: all</source>
        <translation>淘客：全部</translation>
    </message>
    <message>
        <source>Show the links of</source>
        <translation>查看链接的淘客</translation>
    </message>
    <message>
        <source>{affiliate} · {product}: {result}</source>
        <translation>{affiliate} · {product}：{result}</translation>
    </message>
    <message>
        <source>A follow-up to ask them to relink is due today.</source>
        <translation>已安排今天跟进，请对方换链。</translation>
    </message>
    <message>
        <source>Add a link for</source>
        <translation>为哪位淘客添加链接</translation>
    </message>
    <message>
        <source>Added: {affiliate} promotes “{product}”.</source>
        <translation>已添加：{affiliate} 在推“{product}”。</translation>
    </message>
    <message>
        <source>Removed the link of {affiliate} to “{product}”.</source>
        <translation>已删除 {affiliate} 推“{product}”的链接。</translation>
    </message>
</context>
<context>
    <name>PromotionsTab</name>
    <message>
        <source>Price calculator</source>
        <translation>价格计算</translation>
    </message>
    <message>
        <source>Campaign calendar</source>
        <translation>活动日历</translation>
    </message>
    <message>
        <source>Ad tests</source>
        <translation>广告测试</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近7天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近30天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>The period the cards and charts show</source>
        <translation>卡片和图表显示的时间段</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>One bar per day, week or month</source>
        <translation>每日、每周或每月一根柱</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>e.g. 20%</source>
        <translation>例如 20%</translation>
    </message>
    <message>
        <source>Why the rate changes, e.g. 新品冲销量</source>
        <translation>为什么改佣金，例如：新品冲销量</translation>
    </message>
    <message>
        <source>I know this loses money</source>
        <translation>我知道会亏本</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>商品(&amp;P)：</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>现在：</translation>
    </message>
    <message>
        <source>New &amp;rate:</source>
        <translation>新佣金(&amp;R)：</translation>
    </message>
    <message>
        <source>Per item:</source>
        <translation>每件：</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>原因(&amp;S)：</translation>
    </message>
    <message>
        <source>Shop default commission</source>
        <translation>店铺默认佣金</translation>
    </message>
    <message>
        <source>The rate of every product that has no rate of its own.</source>
        <translation>没有单独设佣金的商品都按这个比例。</translation>
    </message>
    <message>
        <source>Product commission</source>
        <translation>商品佣金</translation>
    </message>
    <message>
        <source>Use the shop default ({rate})</source>
        <translation>使用店铺默认佣金（{rate}）</translation>
    </message>
    <message>
        <source>Shop default ({rate})</source>
        <translation>店铺默认（{rate}）</translation>
    </message>
    <message>
        <source>Targeted commission (定向佣金)</source>
        <translation>定向佣金</translation>
    </message>
    <message>
        <source>{name}: a rate of their own, for {what}</source>
        <translation>{name} 的定向佣金，适用于：{what}</translation>
    </message>
    <message>
        <source>all products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>Suggested: {low}–{high}.</source>
        <translation>建议：{low}–{high}。</translation>
    </message>
    <message>
        <source>{commission} commission, {left} left after it</source>
        <translation>佣金 {commission}，佣后毛利 {left}</translation>
    </message>
    <message>
        <source>…and {count} more products.</source>
        <translation>……还有 {count} 件商品。</translation>
    </message>
    <message>
        <source>Tick “I know this loses money” first</source>
        <translation>请先勾选“我知道会亏本”</translation>
    </message>
    <message>
        <source>Enter a reason first</source>
        <translation>请先填写原因</translation>
    </message>
</context>
<context>
    <name>RegisterFilters</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Promotion channel</source>
        <translation>推广渠道</translation>
    </message>
    <message>
        <source>Our group</source>
        <translation>所在群</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>No orders in the last N days</source>
        <translation>最近 N 天没有订单</translation>
    </message>
    <message>
        <source>Big affiliates only</source>
        <translation>只看大客户</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Follow-up: all</source>
        <translation>跟进：全部</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Due (today and overdue)</source>
        <translation>待跟进（今日及逾期）</translation>
    </message>
    <message>
        <source>Orders: any</source>
        <translation>订单：不限</translation>
    </message>
    <message>
        <source>No orders for {n} days</source>
        <translation>{n} 天无订单</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部群</translation>
    </message>
</context>
<context>
    <name>RegisterIO</name>
    <message>
        <source>Import affiliates</source>
        <translation>导入淘客</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export affiliates</source>
        <translation>导出淘客</translation>
    </message>
    <message>
        <source>Affiliate register</source>
        <translation>淘客名录</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV（Excel 可直接打开）(*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} affiliates to {path}</source>
        <translation>已导出 {count} 个淘客到 {path}</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，没有写入文件。</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>正在导出到 {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Import affiliates</source>
        <translation>导入淘客</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Choose columns…</source>
        <translation>选择列…</translation>
    </message>
    <message>
        <source>Say which column holds which field; remembered for files like this one</source>
        <translation>指定每个字段在哪一列；列相同的文件会记住这个选择</translation>
    </message>
    <message>
        <source>Merge into the record on file (the file's filled-in cells win; tags, channels and keys are added)</source>
        <translation>合并到已有记录（以文件中填写的内容为准；标签、推广途径和推广者标识会追加）</translation>
    </message>
    <message>
        <source>Skip the row (the record on file stays as it is)</source>
        <translation>跳过这一行（已有记录保持不变）</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Same QQ, WeChat, phone or promoter key as a record on file:</source>
        <translation>QQ、微信、电话或推广者标识与已有记录相同时：</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行数：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import good rows only</source>
        <translation>只导入正确的行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Checking for duplicates…</source>
        <translation>正在查找重复…</translation>
    </message>
    <message>
        <source>The columns were not chosen, so the file cannot be imported.</source>
        <translation>未选择列，无法导入此文件。</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>name, no contact details</source>
        <translation>姓名相同且都没有联系方式</translation>
    </message>
    <message>
        <source>promoter key</source>
        <translation>推广者标识</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Merge into {name} (same {how})</source>
        <translation>合并到 {name}（{how} 相同）</translation>
    </message>
    <message>
        <source>Merge with line {line} (same {how})</source>
        <translation>与第 {line} 行合并（{how} 相同）</translation>
    </message>
    <message>
        <source>Skip: {name} is on file (same {how})</source>
        <translation>跳过：已有 {name}（{how} 相同）</translation>
    </message>
    <message>
        <source>Skip: same as line {line}</source>
        <translation>跳过：与第 {line} 行重复</translation>
    </message>
    <message>
        <source>Error: see below</source>
        <translation>有错，见下方</translation>
    </message>
    <message>
        <source> (guessed)</source>
        <translation>（推测）</translation>
    </message>
    <message>
        <source>{new} new, {merge} to merge, {skip} to skip, {errors} with errors</source>
        <translation>新增 {new}，合并 {merge}，跳过 {skip}，有错 {errors}</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>推广途径</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>所在群</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>{count} rows cannot be imported; fix them in the file and open it again, or import only the good rows:</source>
        <translation>{count} 行无法导入；请在文件中改正后重新打开，或只导入正确的行：</translation>
    </message>
    <message>
        <source>The file has no affiliates.</source>
        <translation>文件中没有淘客。</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Affiliates added {added}, updated {updated}, already up to date {unchanged}; duplicates skipped {skipped}, rows with errors left out {errors}</source>
        <translation>新增淘客 {added}，更新 {updated}，已是最新 {unchanged}；跳过重复 {skipped}，有错未导入 {errors}</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported, your data is as before.</source>
        <translation>导入已取消：没有导入任何数据，您的数据保持不变。</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Promoted sales</source>
        <translation>推广金额</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近订单</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Red: overdue; yellow: due today; green: later. Click to sort.</source>
        <translation>红色：已逾期；黄色：今日到期；绿色：以后。点击排序。</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>点击排序</translation>
    </message>
    <message>
        <source>Big affiliate (大客户)</source>
        <translation>大客户</translation>
    </message>
    <message>
        <source>Has taken private fees: against the platform's settlement rules</source>
        <translation>有私下收费记录：违反平台结算规则</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <source>Search name, pinyin or initials (zs), QQ, WeChat, phone, URL, notes</source>
        <translation>搜索姓名、拼音或首字母（zs）、QQ、微信、电话、网址、备注</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation>回收站…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>群管理…</translation>
    </message>
    <message>
        <source>Add an affiliate (Ctrl+N)</source>
        <translation>新增淘客（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit the selected affiliate (Enter or double-click)</source>
        <translation>编辑选中的淘客（回车或双击）</translation>
    </message>
    <message>
        <source>Move the selected affiliates to the trash (Delete; Ctrl+Z undoes it)</source>
        <translation>把选中的淘客移到回收站（Delete 键；Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Import your affiliate spreadsheet (CSV or XLSX)</source>
        <translation>导入你的淘客表格（CSV 或 XLSX）</translation>
    </message>
    <message>
        <source>Export the affiliates listed to CSV or XLSX</source>
        <translation>把列表中的淘客导出为 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>Our QQ and WeChat groups the affiliates are in</source>
        <translation>淘客所在的我方QQ群和微信群</translation>
    </message>
    <message>
        <source>No affiliates yet</source>
        <translation>还没有淘客</translation>
    </message>
    <message>
        <source>Add the affiliates, group leaders and creators you work with, or import the spreadsheet you keep them in (导入…).</source>
        <translation>添加你合作的淘客、团长和达人，或导入你现有的表格（导入…）。</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Found: {n}</source>
        <translation>找到 {n} 位</translation>
    </message>
    <message>
        <source>Affiliates: {n}</source>
        <translation>共 {n} 位</translation>
    </message>
    <message>
        <source>Moved {name} to the trash</source>
        <translation>已把 {name} 移到回收站</translation>
    </message>
    <message>
        <source>Moved {n} affiliates to the trash</source>
        <translation>已把 {n} 位淘客移到回收站</translation>
    </message>
</context>
<context>
    <name>ReminderStrip</name>
    <message>
        <source>No sign-up deadlines or tasks due in the next {days} days.</source>
        <translation>{days} 天内没有报名截止或到期的任务。</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>等另外 {count} 项</translation>
    </message>
    <message>
        <source>Within {days} days:</source>
        <translation>{days} 天内：</translation>
    </message>
    <message>
        <source>Click a reminder to show its campaign</source>
        <translation>点击提醒即可查看对应的活动</translation>
    </message>
    <message>
        <source>sign-up deadline {name} ({date})</source>
        <translation>报名截止 {name}（{date}）</translation>
    </message>
    <message>
        <source>task {title} ({name}) overdue by {days} d</source>
        <translation>任务 {title}（{name}）逾期 {days} 天</translation>
    </message>
    <message>
        <source>task {title} ({name}) due {date}</source>
        <translation>任务 {title}（{name}）{date} 截止</translation>
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
        <source>Import orders…</source>
        <translation>导入订单…</translation>
    </message>
    <message>
        <source>Import an order report (CSV or Excel) exported from the seller back office</source>
        <translation>导入从卖家后台导出的订单报表（CSV 或 Excel）</translation>
    </message>
    <message>
        <source>Enter traffic…</source>
        <translation>录入流量…</translation>
    </message>
    <message>
        <source>Enter the daily visitors and page views from the analytics back office</source>
        <translation>录入生意参谋等后台的每日访客数和浏览量</translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation>还没有订单</translation>
    </message>
    <message>
        <source>No orders yet: click Import orders… to import the order report from your seller back office</source>
        <translation>还没有订单：点 导入订单… 导入后台的订单报表</translation>
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
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>{days} 天后</translation>
    </message>
    <message>
        <source>“{campaign}” starts {when}: {count} items of this shop are stale. Check them before the campaign.</source>
        <translation>活动“{campaign}”{when}开始：本店有 {count} 项检查已过期，请在活动前检查。</translation>
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
    <name>StackingPage</name>
    <message>
        <source>Stacked offers</source>
        <translation>优惠叠加</translation>
    </message>
    <message>
        <source>The platform applies the tools in order: the item's own discount (单品宝) first, then the shop's 满减 (店铺宝) on the price left, then one coupon. Leave a tool empty to leave it out.</source>
        <translation>平台按顺序计算：先算单品宝，再用剩下的价格算店铺宝（满减），最后用一张优惠券。不用的工具留空即可。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不使用</translation>
    </message>
    <message>
        <source>Discount to</source>
        <translation>打折到</translation>
    </message>
    <message>
        <source>Cut by (元)</source>
        <translation>立减（元）</translation>
    </message>
    <message>
        <source>单品宝:</source>
        <translation>单品宝：</translation>
    </message>
    <message>
        <source>The share of the price the buyer pays: 90% is 9折</source>
        <translation>买家支付原价的比例：90% 就是 9折</translation>
    </message>
    <message>
        <source>for every full amount (每满)</source>
        <translation>每满</translation>
    </message>
    <message>
        <source>店铺宝 (满减): over (元)</source>
        <translation>店铺宝（满减）：满（元）</translation>
    </message>
    <message>
        <source>take off</source>
        <translation>减</translation>
    </message>
    <message>
        <source>Coupon: over (元)</source>
        <translation>优惠券：满（元）</translation>
    </message>
    <message>
        <source>no threshold</source>
        <translation>无门槛</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Takes off</source>
        <translation>减去</translation>
    </message>
    <message>
        <source>Price after</source>
        <translation>之后的价格</translation>
    </message>
    <message>
        <source>Fill in both amounts of the 满减 offer, or neither.</source>
        <translation>满减的门槛和减免金额要么都填，要么都不填。</translation>
    </message>
    <message>
        <source>cut {amount}</source>
        <translation>立减 {amount}</translation>
    </message>
    <message>
        <source>The buyer finally pays</source>
        <translation>买家最终实付</translation>
    </message>
    <message>
        <source>A 0 元 order: the offers together take the whole price off.</source>
        <translation>0 元单：优惠叠加后把价格减到了 0。</translation>
    </message>
    <message>
        <source>The final price {price} is below the cost {cost}.</source>
        <translation>最终价格 {price} 低于成本 {cost}（破价）。</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>单品宝</source>
        <translation>单品宝</translation>
    </message>
    <message>
        <source>店铺宝 (满减)</source>
        <translation>店铺宝（满减）</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>{amount} off, no threshold</source>
        <translation>无门槛减 {amount}</translation>
    </message>
    <message>
        <source>{off} off orders over {over}</source>
        <translation>满 {over} 减 {off}</translation>
    </message>
    <message>
        <source>{off} off for every {over}</source>
        <translation>每满 {over} 减 {off}</translation>
    </message>
    <message>
        <source>Threshold not reached</source>
        <translation>未达门槛</translation>
    </message>
</context>
<context>
    <name>SteppedPage</name>
    <message>
        <source>Stepped price</source>
        <translation>阶梯价格</translation>
    </message>
    <message>
        <source>A new item's price rises day by day: 5折 on the first day, then 6折, 7折, 8折, 9折, and the full price on the sixth day. Early buyers hurry, and the item gets its first sales.</source>
        <translation>新品的价格逐天上涨：第一天 5折，然后 6折、7折、8折、9折，第六天恢复原价。早买早便宜，买家会抓紧下单，新品也有了第一批销量。</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>第一天：</translation>
    </message>
    <message>
        <source>Price each day:</source>
        <translation>每天的价格：</translation>
    </message>
    <message>
        <source>The share of the price paid on each day, in order, e.g. 50%, 60%, 70% (50% is 5折)</source>
        <translation>每天买家支付原价的比例，按顺序填写，如 50%, 60%, 70%（50% 就是 5折）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>第几天</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Buyer pays</source>
        <translation>买家实付</translation>
    </message>
    <message>
        <source>Off the price</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Profit per unit</source>
        <translation>每件利润</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>利润率</translation>
    </message>
    <message>
        <source>Full price</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>Loses money on {days} of {total} days (in red).</source>
        <translation>{total} 天中有 {days} 天亏本（红色）。</translation>
    </message>
    <message>
        <source>No day loses money.</source>
        <translation>每天都不亏本。</translation>
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
    <name>TaskPanel</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Add a task to this campaign</source>
        <translation>给这个活动添加任务</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Move the task to the trash (Ctrl+Z undoes it)</source>
        <translation>把任务移到回收站（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the task up</source>
        <translation>把任务上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the task down</source>
        <translation>把任务下移</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <source>Moved the task “{title}” to the trash.</source>
        <translation>已把任务“{title}”移到回收站。</translation>
    </message>
</context>
<context>
    <name>ThresholdPage</name>
    <message>
        <source>Threshold price</source>
        <translation>临界价格</translation>
    </message>
    <message>
        <source>Price just under a round number: 99 or 99.90 instead of 100. Buyers read the first digit, so the price feels a step lower while you give away very little.</source>
        <translation>把价格定在整数之下：用 99 或 99.9 代替 100。买家先看第一位数字，觉得便宜了一档，店铺却几乎没有让利。</translation>
    </message>
    <message>
        <source>Round the price:</source>
        <translation>取整的价格：</translation>
    </message>
    <message>
        <source>the price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>The price to round; empty: the product's price</source>
        <translation>要取整的价格；留空则用商品售价</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Below the round price by</source>
        <translation>比整数价少</translation>
    </message>
    <message>
        <source>Profit per unit</source>
        <translation>每件利润</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>利润率</translation>
    </message>
    <message>
        <source>Round price {price} (rounded to {step})</source>
        <translation>整数价 {price}（按 {step} 取整）</translation>
    </message>
</context>
<context>
    <name>TrafficDialog</name>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Visitors and page views of each day, as the analytics back office shows them.</source>
        <translation>每天的访客数和浏览量，按数据后台显示的数字填写。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客数</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>{day}: “{text}” is not a whole number of 0 or more.</source>
        <translation>{day}：“{text}”不是 0 或更大的整数。</translation>
    </message>
    <message>
        <source>Import traffic</source>
        <translation>导入流量</translation>
    </message>
    <message>
        <source>Traffic figures (*.csv *.xlsx)</source>
        <translation>流量数据 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>{count} rows cannot be read (first: line {line}: {reason}). Import the other {good} rows?</source>
        <translation>{count} 行无法读取（第一处：第 {line} 行：{reason}）。是否导入其余 {good} 行？</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Affiliates in the trash</source>
        <translation>淘客回收站</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete forever…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <source>Empty the trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <source>{n} in the trash</source>
        <translation>回收站中有 {n} 位</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>Delete {n} affiliates for good, with their follow-ups and other records? This cannot be undone.</source>
        <translation>永久删除这 {n} 位淘客及其跟进记录等全部资料？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete all {n} affiliates in the trash for good? This cannot be undone.</source>
        <translation>永久删除回收站中全部 {n} 位淘客？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
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
    <name>VariantsModel</name>
    <message>
        <source>Variant</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>展现</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>加购</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>成交笔数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>点击率</translation>
    </message>
    <message>
        <source>CPC</source>
        <translation>单次点击成本(CPC)</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投入产出比(ROI)</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>The variant's name: A, B, …</source>
        <translation>方案的名称：A、B……</translation>
    </message>
    <message>
        <source>CTR = clicks ÷ impressions</source>
        <translation>点击率 = 点击 ÷ 展现</translation>
    </message>
    <message>
        <source>CPC = cost ÷ clicks</source>
        <translation>单次点击成本 = 花费 ÷ 点击</translation>
    </message>
    <message>
        <source>ROI = revenue ÷ cost</source>
        <translation>投入产出比 = 成交金额 ÷ 花费</translation>
    </message>
    <message>
        <source>Conversion = orders ÷ clicks</source>
        <translation>转化率 = 成交笔数 ÷ 点击</translation>
    </message>
    <message>
        <source>Double-click to edit. An A/B test changes one variable only.</source>
        <translation>双击修改。A/B 测试一次只能改变一个变量。</translation>
    </message>
    <message>
        <source>Double-click to enter the figure from the ad report.</source>
        <translation>双击填入钻展报表里的数据。</translation>
    </message>
    <message>
        <source>{variable} differs between the variants.</source>
        <translation>各方案的{variable}不同。</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number.</source>
        <translation>“{text}”不是整数。</translation>
    </message>
</context>
<context>
    <name>VerdictBadge</name>
    <message>
        <source>Winner</source>
        <translation>胜出</translation>
    </message>
    <message>
        <source>Not enough evidence</source>
        <translation>证据不足</translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation>不可比较</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>待填数据</translation>
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
    <message>
        <source>Exported the campaign “{name}” to {path}</source>
        <translation>已把活动“{name}”导出到 {path}</translation>
    </message>
    <message>
        <source>Imported {path}: {added} orders added, {updated} updated, {unchanged} unchanged.</source>
        <translation>已导入 {path}：新增 {added} 个订单，更新 {updated} 个，未变 {unchanged} 个。</translation>
    </message>
    <message>
        <source>Skipped line {line}, column “{column}”: {reason}</source>
        <translation>已跳过第 {line} 行，“{column}”列：{reason}</translation>
    </message>
    <message>
        <source>Imported {path}: {added} days added, {updated} updated, {unchanged} unchanged.</source>
        <translation>已导入 {path}：新增 {added} 天，更新 {updated} 天，未变 {unchanged} 天。</translation>
    </message>
    <message>
        <source>Imported {path}: {added} affiliate orders added, {updated} updated, {unchanged} skipped as unchanged, {errors} rows with errors left out; {unmatched} orders from promoters not in the register.</source>
        <translation>已导入 {path}：新增推广订单 {added} 单，更新 {updated} 单，未变跳过 {unchanged} 单，有错误未导入 {errors} 行；其中 {unmatched} 单的推广者不在名录中。</translation>
    </message>
    <message>
        <source>Imported {path}: {added} affiliates added, {updated} updated, {unchanged} already up to date, {skipped} duplicates skipped, {errors} rows with errors left out.</source>
        <translation>已导入 {path}：新增淘客 {added} 个，更新 {updated} 个，已是最新 {unchanged} 个，跳过重复 {skipped} 行，有错未导入 {errors} 行。</translation>
    </message>
    <message>
        <source>Exported {count} affiliates to {path}</source>
        <translation>已导出 {count} 个淘客到 {path}</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD: {reason}</source>
        <translation>日期的格式是 YYYY-MM-DD：{reason}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
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
        <source>Cannot export to {path}: choose a file ending in .csv or .xlsx.</source>
        <translation>无法导出到 {path}：请选择以 .csv 或 .xlsx 结尾的文件名。</translation>
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
        <source>“{title}” is a bestseller (爆款): cutting its commission ({old} → {new}) makes affiliates leave, as shops that cut 30% → 20% → 10% found. Raise a bestseller's rate only when it is sliding; lower it only after careful thought.</source>
        <translation>“{title}”是爆款：降低它的佣金（{old} → {new}）会让淘客流失，佣金从30%降到20%再降到10%的店铺都吃过这个亏。爆款佣金只在销量下滑时上调，下调一定要慎重。</translation>
    </message>
    <message>
        <source>At {rate} the commission on “{title}” is {commission} per item, at or above its margin of {margin} ({margin_rate}): every sale loses money.</source>
        <translation>按 {rate}，“{title}”每件佣金 {commission}，达到或超过了它的毛利 {margin}（{margin_rate}）：卖一件亏一件。</translation>
    </message>
    <message>
        <source>A new shop, with no sales or reviews yet, must pay a high commission to be worth an affiliate's time: {low}–{high}. The extreme example is 50%: a ¥100 item pays the affiliate ¥50.</source>
        <translation>新店没有销量和评价基础，必须给很高的佣金淘客才愿意推：{low}–{high}。极端的例子是50%：100元的商品给淘客50元。</translation>
    </message>
    <message>
        <source>A stable shop pays the upper-middle of its industry's rates (about {low}–{high}) and keeps every rate below the product's margin.</source>
        <translation>稳定期的店铺按行业中上水平给佣金（约 {low}–{high}），并且每件商品的佣金都要低于它的毛利。</translation>
    </message>
    <message>
        <source>“{title}” loses money before any commission (margin {margin}): fix its price or cost first.</source>
        <translation>“{title}”不算佣金就已经亏本（毛利 {margin}）：请先调整售价或成本。</translation>
    </message>
    <message>
        <source>“{title}” has a margin of {margin}: keep its rate below that, at most {cap}.</source>
        <translation>“{title}”的毛利是 {margin}：佣金要低于它，最多 {cap}。</translation>
    </message>
    <message>
        <source>A bestseller (爆款) gets an upper-middle rate that is then kept stable.</source>
        <translation>爆款给中上水平的佣金，定下来后保持稳定。</translation>
    </message>
    <message>
        <source>The commission must be from 0% to 100%, not {rate}.</source>
        <translation>佣金比例必须在 0% 到 100% 之间，而不是 {rate}。</translation>
    </message>
    <message>
        <source>Say why the commission changes: the history keeps the reason.</source>
        <translation>请填写修改佣金的原因：修改记录会保存它。</translation>
    </message>
    <message>
        <source>At {rate} “{title}” sells at a loss (its margin is {margin_rate}); confirm the loss to set it anyway.</source>
        <translation>按 {rate}，“{title}”会亏本（毛利只有 {margin_rate}）；确认知道会亏本才能这样设置。</translation>
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
    <message>
        <source>Order number</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家会员名</translation>
    </message>
    <message>
        <source>Sub-order number</source>
        <translation>子订单号</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>商品ID</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>买家实际支付金额</translation>
    </message>
    <message>
        <source>Commission rate</source>
        <translation>佣金比率</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Order time</source>
        <translation>订单创建时间</translation>
    </message>
    <message>
        <source>Settlement time</source>
        <translation>结算时间</translation>
    </message>
    <message>
        <source>Promoter nickname</source>
        <translation>推广者昵称</translation>
    </message>
    <message>
        <source>Ad zone / PID</source>
        <translation>推广位/PID</translation>
    </message>
    <message>
        <source>Source media</source>
        <translation>来源媒体</translation>
    </message>
    <message>
        <source>“{text}” was stored by Excel as a number and has lost its last digits; format the column as text and export again</source>
        <translation>“{text}”被 Excel 存成了数字，末几位已丢失；请把该列设为文本格式后重新导出</translation>
    </message>
    <message>
        <source>“{text}” is not a known affiliate order status</source>
        <translation>“{text}”不是已知的推广订单状态</translation>
    </message>
    <message>
        <source>{path} has no orders, so nothing was imported.</source>
        <translation>{path} 里没有订单，未导入任何数据。</translation>
    </message>
    <message>
        <source>Payment time</source>
        <translation>订单付款时间</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>宝贝标题</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>宝贝总数量</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所在地区</translation>
    </message>
    <message>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系手机</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Wangwang</source>
        <translation>旺旺</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Channel type</source>
        <translation>推广途径类型</translation>
    </message>
    <message>
        <source>Promotion channel</source>
        <translation>推广途径</translation>
    </message>
    <message>
        <source>Website / URL</source>
        <translation>网站/URL</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>Our groups</source>
        <translation>所在群</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>“{text}” is neither yes (是) nor no (否)</source>
        <translation>“{text}”既不是“是”也不是“否”</translation>
    </message>
    <message>
        <source>“{text}” is not a date (such as 2024-05-01)</source>
        <translation>“{text}”不是日期（例如 2024-05-01）</translation>
    </message>
    <message>
        <source>“{text}” is not a number of people</source>
        <translation>“{text}”不是人数</translation>
    </message>
    <message>
        <source>“{text}” is not a contact type (淘客, 团长, 达人, 优站站长 or 其他)</source>
        <translation>“{text}”不是联系人类型（淘客、团长、达人、优站站长或其他）</translation>
    </message>
    <message>
        <source>“{text}” is not a status (潜在, 合作中, 暂停 or 流失)</source>
        <translation>“{text}”不是状态（潜在、合作中、暂停或流失）</translation>
    </message>
    <message>
        <source>“{text}” is not a gender (男 or 女)</source>
        <translation>“{text}”不是性别（男或女）</translation>
    </message>
    <message>
        <source>the group name “{text}” is too long</source>
        <translation>群名“{text}”太长</translation>
    </message>
    <message>
        <source>“{text}” is too long for a promoter key</source>
        <translation>“{text}”太长，不能作为推广者标识</translation>
    </message>
    <message>
        <source>the channel name is too long (at most {limit} characters)</source>
        <translation>推广途径名称太长（最多 {limit} 个字）</translation>
    </message>
    <message>
        <source>the address is too long (at most {limit} characters)</source>
        <translation>网址太长（最多 {limit} 个字符）</translation>
    </message>
    <message>
        <source>“{text}” is not a kind of channel (导购网站, QQ群, 微信群, 微博, 直播, 短视频, App or 其他)</source>
        <translation>“{text}”不是推广途径类型（导购网站、QQ群、微信群、微博、直播、短视频、App或其他）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客数</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <source>{path} is an old Excel 97-2003 (.xls) workbook, which cannot be read. Open it in Excel or WPS and save it as .xlsx or CSV, then import that.</source>
        <translation>{path} 是旧版 Excel 97-2003（.xls）工作簿，无法读取。请用 Excel 或 WPS 打开，另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>{path} is not a table: it holds no text in rows and columns (it may be a picture or another kind of file renamed). Export the report again as CSV or Excel and import that.</source>
        <translation>{path} 不是表格文件：里面没有按行列排列的文字（可能是图片或其他文件改了扩展名）。请从后台重新导出 CSV 或 Excel 报表后再导入。</translation>
    </message>
    <message>
        <source>{path} cannot be read as {encoding}: {reason}</source>
        <translation>{path} 无法按 {encoding} 编码读取：{reason}</translation>
    </message>
    <message>
        <source>{count} cells, but the header has {expected}</source>
        <translation>有 {count} 个单元格，但表头有 {expected} 列</translation>
    </message>
    <message>
        <source>{path} ends in the middle of line {line}: the file is incomplete (the download or copy stopped early). Nothing was imported; export or download the report again.</source>
        <translation>{path} 在第 {line} 行中途结束：文件不完整（下载或复制中断了）。没有导入任何数据；请重新导出或下载报表。</translation>
    </message>
    <message>
        <source>{path} is an Excel file, and reading Excel files needs the openpyxl package, which is not installed. Save it as CSV and import that.</source>
        <translation>{path} 是 Excel 文件，读取 Excel 需要 openpyxl 组件，但它没有安装。请另存为 CSV 后再导入。</translation>
    </message>
    <message>
        <source>{path} cannot be read as an Excel file: {reason}</source>
        <translation>{path} 无法作为 Excel 文件读取：{reason}</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time</source>
        <translation>“{text}”不是日期时间</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>“{text}”不是整数</translation>
    </message>
    <message>
        <source>“{text}” is negative</source>
        <translation>“{text}”是负数</translation>
    </message>
    <message>
        <source>{path} has no column for: {names}. Choose the columns by hand.</source>
        <translation>{path} 中找不到这些列：{names}。请手动选择对应的列。</translation>
    </message>
    <message>
        <source>the order number is empty</source>
        <translation>订单编号为空</translation>
    </message>
    <message>
        <source>order {order} is already on line {line}</source>
        <translation>订单 {order} 已在第 {line} 行出现过</translation>
    </message>
    <message>
        <source>“{text}” is not a known order status</source>
        <translation>“{text}”不是已知的订单状态</translation>
    </message>
    <message>
        <source>the order time is empty</source>
        <translation>订单创建时间为空</translation>
    </message>
    <message>
        <source>the order is paid but has no payment time</source>
        <translation>订单已付款，但没有付款时间</translation>
    </message>
    <message>
        <source>{path} holds daily traffic (date, visitors, page views), not orders. Import it with “Enter traffic…” → “Import traffic”.</source>
        <translation>{path} 是每日流量表（日期、访客数、浏览量），不是订单报表。请在“录入流量…”里点“导入流量”导入。</translation>
    </message>
    <message>
        <source>{path} has a header line but no orders below it: there is nothing to import.</source>
        <translation>{path} 只有表头，下面没有订单：没有可导入的数据。</translation>
    </message>
    <message>
        <source>{path}: {count} rows cannot be read, so nothing was imported. First: line {line}, column “{column}”: {reason}</source>
        <translation>{path}：有 {count} 行无法读取，所以没有导入任何数据。第一处：第 {line} 行，“{column}”列：{reason}</translation>
    </message>
    <message>
        <source>“{text}” is not a date</source>
        <translation>“{text}”不是日期</translation>
    </message>
    <message>
        <source>{day} is already on line {line}</source>
        <translation>{day} 已在第 {line} 行出现过</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number of 0 or more</source>
        <translation>“{text}”不是 0 或以上的整数</translation>
    </message>
    <message>
        <source>A sale window must be from 1 minute to 24 hours long.</source>
        <translation>秒杀时段长度必须在 1 分钟到 24 小时之间。</translation>
    </message>
    <message>
        <source>The start date {start} is after the end date {end}.</source>
        <translation>开始日期 {start} 晚于结束日期 {end}。</translation>
    </message>
    <message>
        <source>Promoter key: “{value}” is not a kind of key.</source>
        <translation>推广者标识：“{value}”不是一种标识。</translation>
    </message>
    <message>
        <source>The promoter key is empty: nothing to attach.</source>
        <translation>推广者标识为空，无法关联。</translation>
    </message>
    <message>
        <source>This promoter has no nickname, PID or media to go by.</source>
        <translation>此推广者没有昵称、PID 或来源媒体，无从识别。</translation>
    </message>
    <message>
        <source>QQ: “{value}” is not a QQ number (5 to 11 digits, not starting with 0).</source>
        <translation>QQ：“{value}”不是QQ号（5 到 11 位数字，不以 0 开头）。</translation>
    </message>
    <message>
        <source>Phone: “{value}” is not a phone number (a mobile has 11 digits starting with 1; a landline is area code and number, such as 010-12345678).</source>
        <translation>电话：“{value}”不是电话号码（手机号为 1 开头的 11 位数字；座机为区号加号码，如 010-12345678）。</translation>
    </message>
    <message>
        <source>URL: “{value}” is not a web address (such as https://www.example.com).</source>
        <translation>网址：“{value}”不是网址（例如 https://www.example.com）。</translation>
    </message>
    <message>
        <source>Name: enter the affiliate's name.</source>
        <translation>姓名：请填写淘客的姓名。</translation>
    </message>
    <message>
        <source>Type: “{value}” is not a contact type.</source>
        <translation>类型：“{value}”不是联系人类型。</translation>
    </message>
    <message>
        <source>Status: “{value}” is not a status.</source>
        <translation>状态：“{value}”不是有效的状态。</translation>
    </message>
    <message>
        <source>Gender: “{value}” is not a gender.</source>
        <translation>性别：“{value}”不是有效的性别。</translation>
    </message>
    <message>
        <source>WeChat: a WeChat ID has no spaces.</source>
        <translation>微信：微信号中不能有空格。</translation>
    </message>
    <message>
        <source>Email: “{value}” is not an email address.</source>
        <translation>邮箱：“{value}”不是邮箱地址。</translation>
    </message>
    <message>
        <source>Joined: “{value}” is not a date (YYYY-MM-DD).</source>
        <translation>加入日期：“{value}”不是日期（格式为 年-月-日）。</translation>
    </message>
    <message>
        <source>Stay in touch: every 1 to 365 days, not {value}.</source>
        <translation>定期联系：应为每 1 到 365 天，而不是 {value}。</translation>
    </message>
    <message>
        <source>Channel: “{value}” is not a kind of channel.</source>
        <translation>推广渠道：“{value}”不是渠道类型。</translation>
    </message>
    <message>
        <source>Audience: “{value}” is not a number of people.</source>
        <translation>粉丝/人数：“{value}”不是人数。</translation>
    </message>
    <message>
        <source>Tags: “{value}” is too long, at most {limit} characters.</source>
        <translation>标签：“{value}”太长，最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>Promoter key “{value}” already belongs to {name}.</source>
        <translation>推广者标识“{value}”已属于{name}。</translation>
    </message>
    <message>
        <source>Promoter key “{value}” already belongs to {name} (in the trash).</source>
        <translation>推广者标识“{value}”已属于{name}（在回收站中）。</translation>
    </message>
    <message>
        <source>This group no longer exists (it may have been deleted).</source>
        <translation>这个群已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>This affiliate no longer exists (it may have been deleted).</source>
        <translation>这位淘客已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>Group: enter the group's name.</source>
        <translation>群：请填写群名称。</translation>
    </message>
    <message>
        <source>Group: “{value}” is not a kind of group.</source>
        <translation>群：“{value}”不是群类型。</translation>
    </message>
    <message>
        <source>Add at least one tier: a threshold and its bonus.</source>
        <translation>请至少添加一档：门槛和奖金。</translation>
    </message>
    <message>
        <source>A plan has at most {limit} tiers.</source>
        <translation>一个计划最多 {limit} 档。</translation>
    </message>
    <message>
        <source>Tier {n}: each threshold must be higher than the one before (and above 0).</source>
        <translation>第 {n} 档：门槛必须大于 0，并且高于上一档。</translation>
    </message>
    <message>
        <source>Tier {n}: the bonus must be more than ¥0.</source>
        <translation>第 {n} 档：奖金必须大于 ¥0。</translation>
    </message>
    <message>
        <source>“{text}” is not a month: write it as 2024-05.</source>
        <translation>“{text}”不是月份：请写成 2024-05 的格式。</translation>
    </message>
    <message>
        <source>This bonus plan no longer exists (it may have been deleted).</source>
        <translation>这个奖金计划已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>Give the bonus plan a name.</source>
        <translation>请给奖金计划起个名字。</translation>
    </message>
    <message>
        <source>The last month ({last}) is before the first ({first}).</source>
        <translation>截止月份（{last}）早于开始月份（{first}）。</translation>
    </message>
    <message>
        <source>The plan “{name}” does not run in {month}.</source>
        <translation>奖金计划“{name}”在 {month} 不生效。</translation>
    </message>
    <message>
        <source>{month} is not over yet: settle it on its last day or later.</source>
        <translation>{month} 还没结束：请在当月最后一天或之后结算。</translation>
    </message>
    <message>
        <source>There is no settled bonus to mark for {month}: settle the month first.</source>
        <translation>{month} 还没有结算出的奖金可标记：请先月底结算。</translation>
    </message>
    <message>
        <source>This bonus is already marked as paid.</source>
        <translation>这笔奖金已经标记为已发放。</translation>
    </message>
    <message>
        <source>This affiliate is not on file (it may have been deleted).</source>
        <translation>找不到这位淘客（可能已被删除）。</translation>
    </message>
    <message>
        <source>This follow-up is not on file (it may have been deleted).</source>
        <translation>找不到这条跟进记录（可能已被删除）。</translation>
    </message>
    <message>
        <source>“{text}” is not a kind of follow-up.</source>
        <translation>“{text}”不是跟进类型。</translation>
    </message>
    <message>
        <source>Choose how you contacted them (QQ, WeChat, phone…).</source>
        <translation>请选择联系方式（QQ、微信、电话……）。</translation>
    </message>
    <message>
        <source>The next follow-up date {date} is in the past.</source>
        <translation>下次跟进日期 {date} 已经过去了。</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time.</source>
        <translation>“{text}”不是日期时间。</translation>
    </message>
    <message>
        <source>A contact cannot be logged for a future day ({date}).</source>
        <translation>不能为将来的日期（{date}）记录跟进。</translation>
    </message>
    <message>
        <source>Write down what was said.</source>
        <translation>写下沟通的内容。</translation>
    </message>
    <message>
        <source>This follow-up was already done.</source>
        <translation>这条跟进已经完成了。</translation>
    </message>
    <message>
        <source>The link is too long: at most {limit} characters.</source>
        <translation>链接太长：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>“{text}” is not a web link (like https://example.com/item).</source>
        <translation>“{text}”不是网址（应形如 https://example.com/item）。</translation>
    </message>
    <message>
        <source>{name} is already listed as promoting “{title}”.</source>
        <translation>已记录{name}在推“{title}”。</translation>
    </message>
    <message>
        <source>This promotion link no longer exists.</source>
        <translation>这条推广链接已不存在。</translation>
    </message>
    <message>
        <source>Unknown check result “{result}”.</source>
        <translation>未知的检查结果“{result}”。</translation>
    </message>
    <message>
        <source>The note is too long: at most {limit} characters.</source>
        <translation>备注太长：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Choose the date the notices are due.</source>
        <translation>请选择通知的跟进日期。</translation>
    </message>
    <message>
        <source>Enter a staff name.</source>
        <translation>请输入工作人员姓名。</translation>
    </message>
    <message>
        <source>A staff name has at most {limit} characters.</source>
        <translation>工作人员姓名最多 {limit} 个字。</translation>
    </message>
    <message>
        <source>Private fee (私下收费) ×{count}: this affiliate asked for a fee outside the platform's settlement, which breaks the rules. Under CPS the shop pays only for completed deals, through the platform.</source>
        <translation>私下收费 ×{count}：该淘客在平台结算之外向店铺收费，违反规则。按成交付费（CPS）只通过平台为成交的订单结算佣金。</translation>
    </message>
    <message>
        <source>This private-fee record no longer exists.</source>
        <translation>这条私下收费记录已不存在。</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>日期 {date} 还没到。</translation>
    </message>
    <message>
        <source>The amount must be more than ¥0, or left empty.</source>
        <translation>金额必须大于 ¥0，不知道可以留空。</translation>
    </message>
    <message>
        <source>Enter a rate.</source>
        <translation>请输入佣金比例。</translation>
    </message>
    <message>
        <source>Tier {n}: “{text}” is not a number of orders.</source>
        <translation>第 {n} 档：“{text}”不是订单数。</translation>
    </message>
    <message>
        <source>the promoter key “{value}” belongs to {name}, who is in the trash: restore them or empty the trash first</source>
        <translation>推广者标识“{value}”属于回收站中的 {name}：请先恢复此人或清空回收站</translation>
    </message>
    <message>
        <source>this row matches two records, {first} and {second} (by {value}): merge them by hand first</source>
        <translation>这一行同时对应两条记录：{first} 和 {second}（按 {value}）；请先手动合并它们</translation>
    </message>
    <message>
        <source>the notes, added to those of {name}, would be longer than {limit} characters</source>
        <translation>备注追加到 {name} 的备注后会超过 {limit} 个字</translation>
    </message>
    <message>
        <source>{path} has no affiliates, so nothing was imported.</source>
        <translation>{path} 中没有淘客，没有导入任何数据。</translation>
    </message>
    <message>
        <source>Could not read {path}: the temporary folder {folder} has no room for its orders ({reason}).</source>
        <translation>无法读取 {path}：临时文件夹 {folder} 空间不足，放不下其中的订单（{reason}）。</translation>
    </message>
</context>
</TS>
