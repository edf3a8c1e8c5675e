<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>本机数据</source>
        <translation>Data on this PC</translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>this PC</translation>
    </message>
    <message>
        <source>服务器 {where}</source>
        <translation>Server {where}</translation>
    </message>
    <message>
        <source>救援台账：综合应急救援队的值班备勤、演练、消防水源、车辆装备与物资台账。

版本：{version}
数据库：{database}
数据文件夹：{folder}</source>
        <translation>Rescue Ledger: duty and standby, drills, fire water sources, vehicles, equipment and supplies registers of a comprehensive emergency rescue team.

Version: {version}
Database: {database}
Data folder: {folder}</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>预案文件 (*.docx *.doc *.pdf *.wps *.jpg *.jpeg *.png);;所有文件 (*)</source>
        <translation>Plan files (*.docx *.doc *.pdf *.wps *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>照片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;所有文件 (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;All files (*)</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>添加时会把文件复制一份保存到本程序的数据文件夹，原文件移动或删除也不受影响。</source>
        <translation>A copy of each added file is kept in the program&apos;s data folder, so moving or deleting the original does not matter.</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>确定删除附件“{original_name}”吗？</source>
        <translation>Delete the attachment “{original_name}”?</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>出勤（单击切换）</source>
        <translation>Attendance (click to switch)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>全部出席</source>
        <translation>All present</translation>
    </message>
    <message>
        <source>全部缺席</source>
        <translation>All absent</translation>
    </message>
    <message>
        <source>参演的其他单位</source>
        <translation>Other units taking part</translation>
    </message>
    <message>
        <source>例如 镇卫生院、派出所</source>
        <translation>e.g. town clinic, police station</translation>
    </message>
    <message>
        <source>其他单位人数</source>
        <translation>People from other units</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>单击“出勤”一格切换：出席 → 迟到 → 缺席；双击“备注”填写说明。</source>
        <translation>Click an Attendance cell to switch: present → late → absent; double-click Note to add a remark.</translation>
    </message>
    <message>
        <source>共 {rowCount} 人：出席 &lt;b&gt;{c}&lt;/b&gt;&#x3000;迟到 &lt;b&gt;{c2}&lt;/b&gt;&#x3000;缺席 {span}</source>
        <translation>{rowCount} people: present &lt;b&gt;{c}&lt;/b&gt;  late &lt;b&gt;{c2}&lt;/b&gt;  absent {span}</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <source>校验修改记录</source>
        <translation>Check the change log</translation>
    </message>
    <message>
        <source>……另有 {count} 处</source>
        <translation>…and {count} more</translation>
    </message>
    <message>
        <source>修改记录校验未能完成，可稍后运行 rescue-ledger audit verify。</source>
        <translation>The change log check did not finish; run rescue-ledger audit verify later.</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>全部台账</source>
        <translation>All registers</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>记录编号：列表“记录”一栏 # 后的数字；0 表示全部记录</source>
        <translation>Record number: the digits after # in the Record column; 0 means all records</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>日期从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>修改记录</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>全部人员</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>每次新增、修改、删除、归档和恢复都记录在这里：谁在什么时间改了哪条记录，每个字段原来是什么、改成了什么。选中一行，下方列出逐项的改动；双击可转到水源、演练、车辆、器材、物资等记录所在的台账页。</source>
        <translation>Every addition, edit, deletion, archive and restore is recorded here: who changed which record when, and what each field was before and after. Select a row to list its changes below; double-click to open the record&apos;s register page.</translation>
    </message>
    <message>
        <source>结束日期早于开始日期</source>
        <translation>The end date is before the start date</translation>
    </message>
    <message>
        <source>导出修改记录</source>
        <translation>Export change log</translation>
    </message>
    <message>
        <source>已导出 {n} 条修改记录到 {path}</source>
        <translation>Exported {n} changes to {path}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>恢复所选备份…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <source>从文件恢复…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <source>选择第二备份位置…</source>
        <translation>Choose second location…</translation>
    </message>
    <message>
        <source>不用第二位置</source>
        <translation>No second location</translation>
    </message>
    <message>
        <source>无权限：恢复备份和第二备份位置需要管理员</source>
        <translation>Not allowed: restoring and the second location need an administrator</translation>
    </message>
    <message>
        <source>程序每天第一次打开时、每次导入、恢复和升级之前自动备份；保留最近一天的全部备份，以及最近 7 天、4 周、12 个月各一份。</source>
        <translation>A backup is made at the first start of each day and before every import, restore and upgrade; all of the last day&apos;s backups are kept, and one for each of the last 7 days, 4 weeks and 12 months.</translation>
    </message>
    <message>
        <source>第二备份位置：未设置（可选 U 盘等，每次备份另存一份）</source>
        <translation>Second backup location: none (e.g. a USB stick that gets a copy of every backup)</translation>
    </message>
    <message>
        <source>第二备份位置：{folder}</source>
        <translation>Second backup location: {folder}</translation>
    </message>
    <message>
        <source>第二备份位置：{folder}（现在不可用，U 盘未插好？）</source>
        <translation>Second backup location: {folder} (not available now: is the USB stick plugged in?)</translation>
    </message>
    <message>
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>备份未完成，请重试。</source>
        <translation>The backup did not finish; please try again.</translation>
    </message>
    <message>
        <source>请先在列表中选择一个备份。</source>
        <translation>Select a backup in the list first.</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>备份文件 (*.sqlite3);;所有文件 (*)</source>
        <translation>Backup files (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>所选文件</source>
        <translation>Selected file</translation>
    </message>
    <message>
        <source>选择第二备份位置（如 U 盘）</source>
        <translation>Choose a second backup location (e.g. a USB stick)</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>编辑来电记录</source>
        <translation>Edit call</translation>
    </message>
    <message>
        <source>记录来电</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <source>来电时间</source>
        <translation>Call time</translation>
    </message>
    <message>
        <source>来电单位</source>
        <translation>Caller&apos;s unit</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>处理情况</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>报告领导</source>
        <translation>Reported to</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>车辆检查</source>
        <translation>Vehicle check</translation>
    </message>
    <message>
        <source>器材检验/检查</source>
        <translation>Equipment test/check</translation>
    </message>
    <message>
        <source>{what}：{subject}</source>
        <translation>{what}: {subject}</translation>
    </message>
    <message>
        <source>检查类别</source>
        <translation>Check kind</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Check date</translation>
    </message>
    <message>
        <source>检查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>复核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>当前里程</source>
        <translation>Current odometer</translation>
    </message>
    <message>
        <source>发现问题及处理</source>
        <translation>Problems and action</translation>
    </message>
    <message>
        <source>逐项检查：双击“结果”选择 合格/不合格/不适用/未检（没查的项选“未检”），测量项填“数值”</source>
        <translation>Check each line: double-click “Result” to choose pass, fail, n/a or not checked (choose “not checked” for an item you did not check); enter measured values under “Value”</translation>
    </message>
    <message>
        <source>，随车器材填“实有”数量。</source>
        <translation>, and the actual count for the vehicle&apos;s kit.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>该车</source>
        <translation>The vehicle</translation>
    </message>
    <message>
        <source>该器材</source>
        <translation>The equipment</translation>
    </message>
    <message>
        <source>维修（停止执勤）</source>
        <translation>Under repair (off duty)</translation>
    </message>
    <message>
        <source>维修（停用）</source>
        <translation>Under repair (out of use)</translation>
    </message>
    <message>
        <source>等</source>
        <translation>etc.</translation>
    </message>
    <message>
        <source>有 {count} 项不合格：{names}。
保存后{subject}状态将改为“{status}”，并自动开具维修单；修复后在“维修”页推进维修单即恢复。</source>
        <translation>{count} items failed: {names}.
On saving, {subject} becomes “{status}” and a repair order is opened; advance it on the Repairs page once repaired to restore the status.</translation>
    </message>
    <message>
        <source>保存并报修</source>
        <translation>Save and report for repair</translation>
    </message>
    <message>
        <source>

仍然保存吗？</source>
        <translation>

Save anyway?</translation>
    </message>
</context>
<context>
    <name>CheckLines</name>
    <message>
        <source>未答</source>
        <extracomment>A failed line&apos;s background, and a cell that takes no value on that line.</extracomment>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>其余未答项全部{outcome}</source>
        <translation>Mark the rest {outcome}</translation>
    </message>
</context>
<context>
    <name>CheckModel</name>
    <message>
        <source>检查项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>应有</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>实有</source>
        <translation>Actual</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>检查项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>要求</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>CloseBox</name>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CloseFindingDialog</name>
    <message>
        <source>整改完成</source>
        <translation>Fix completed</translation>
    </message>
    <message>
        <source>问题：{problem}</source>
        <translation>Problem: {problem}</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>整改证明</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>复查情况、照片或文件，例如：6月3日复查，水带已更换并登记</source>
        <translation>Re-check notes, photos or files, e.g. re-checked 3 June, hose replaced and logged</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>是</source>
        <extracomment>Optional per-cell colours ``row -&gt; QColor | str | None``; they win over the row&apos;s. A paged table&apos;s SQL sort name for this column (None: not sortable there). Show the whole text as a tooltip (long cells cut off with &quot;…&quot;).</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>本月休息日</source>
        <translation>Rest days this month</translation>
    </message>
    <message>
        <source>本月工作日</source>
        <translation>Working days this month</translation>
    </message>
    <message>
        <source>全年休息日</source>
        <translation>Rest days this year</translation>
    </message>
    <message>
        <source>全年工作日</source>
        <translation>Working days this year</translation>
    </message>
    <message>
        <source>（带班）</source>
        <translation> (leader)</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>覆盖分析</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source> 米</source>
        <translation> m</translation>
    </message>
    <message>
        <source>只看缺口</source>
        <translation>Gaps only</translation>
    </message>
    <message>
        <source>重新计算</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <source>打印覆盖报告…</source>
        <translation>Print coverage report…</translation>
    </message>
    <message>
        <source>保护半径</source>
        <translation>Protection radius</translation>
    </message>
    <message>
        <source>按日期（枯水期不算可用）</source>
        <translation>On date (dry season counts as unavailable)</translation>
    </message>
    <message>
        <source>已覆盖</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>缺口</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>重点场所</source>
        <translation>Key sites</translation>
    </message>
    <message>
        <source>所属村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>最近距离</source>
        <translation>Nearest</translation>
    </message>
    <message>
        <source>{v:.0f} 米</source>
        <translation>{v:.0f} m</translation>
    </message>
    <message>
        <source>最近的可用水源</source>
        <translation>Nearest available source</translation>
    </message>
    <message>
        <source>第二近</source>
        <translation>Second</translation>
    </message>
    <message>
        <source>第三近</source>
        <translation>Third</translation>
    </message>
    <message>
        <source>消火栓甲</source>
        <translation>Hydrant A</translation>
    </message>
    <message>
        <source>消火栓乙</source>
        <translation>Hydrant B</translation>
    </message>
    <message>
        <source>间距</source>
        <translation>Spacing</translation>
    </message>
    <message>
        <source>≤{v:g} 米</source>
        <translation>≤{v:g} m</translation>
    </message>
    <message>
        <source>规定</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>每个有坐标的重点场所，列出{value1:g}米内最近的3处可用水源（状态“可用”且不在枯水期）。{radius:g}米内没有可用水源的场所为缺口，排在最前并标红。默认半径取自“设置”中的规则（消火栓保护半径 {protection_radius:g} 米）。</source>
        <translation>For each key site with coordinates, the 3 nearest available sources within {value1:g} m (status available and not in the dry season). Sites with none within {radius:g} m are gaps, listed first in red. The default radius comes from the rules in Settings (hydrant protection radius {protection_radius:g} m).</translation>
    </message>
    <message>
        <source>重点场所 {count} 处：已覆盖 {value1} 处，</source>
        <translation>{count} key sites: {value1} covered, </translation>
    </message>
    <message>
        <source>缺口 {gaps} 处</source>
        <translation>gaps: {gaps}</translation>
    </message>
    <message>
        <source>没有缺口</source>
        <translation>no gaps</translation>
    </message>
    <message>
        <source>没有坐标、无法分析的场所：</source>
        <translation>Sites without coordinates, not analysed: </translation>
    </message>
    <message>
        <source>（在“重点场所”中补填经纬度）</source>
        <translation>(add their coordinates under Key sites)</translation>
    </message>
    <message>
        <source>消火栓间距超过{rule:g}米 {count} 处（GB 50974-2014 §7.2.5，保护半径内相邻在用消火栓）</source>
        <translation>Hydrants more than {rule:g} m apart: {count} (GB 50974-2014 §7.2.5, neighbouring in-service hydrants within the protection radius)</translation>
    </message>
    <message>
        <source>保护半径内相邻在用消火栓的间距均不超过{rule:g}米</source>
        <translation>Neighbouring in-service hydrants within the protection radius are all at most {rule:g} m apart</translation>
    </message>
    <message>
        <source>重点场所水源覆盖报告</source>
        <translation>Key site water coverage report</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>{year}年{month}月{day}日 {weekday_text} 值班</source>
        <translation>Duty on {year}-{month}-{day} {weekday_text}</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>战备等级：&lt;b&gt;{level_name}&lt;/b&gt;{value1}，每班至少 {staff} 名值班员、{standby} 名备勤</source>
        <translation>Alert level: &lt;b&gt;{level_name}&lt;/b&gt;{value1}; at least {staff} on duty and {standby} standby per shift</translation>
    </message>
    <message>
        <source>带班领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>值班员</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>备勤</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>✓ 符合排班规则</source>
        <translation>✓ Meets the roster rules</translation>
    </message>
</context>
<context>
    <name>DrillWorkspace</name>
    <message>
        <source>还未到演练日期，签到没有保存：请在演练当天或之后再保存签到。</source>
        <translation>The drill date has not come yet, so the sign-in was not saved: save it on the day of the drill or later.</translation>
    </message>
    <message>
        <source>① 计划</source>
        <translation>① Plan</translation>
    </message>
    <message>
        <source>② 签到</source>
        <translation>② Sign-in</translation>
    </message>
    <message>
        <source>③ 过程</source>
        <translation>③ Course</translation>
    </message>
    <message>
        <source>④ 评估</source>
        <translation>④ Evaluation</translation>
    </message>
    <message>
        <source>⑤ 问题整改</source>
        <translation>⑤ Findings</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>空白签到表（现场签字用）</source>
        <translation>Blank sign-in sheet (for signing on site)</translation>
    </message>
    <message>
        <source>签到表</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>演练记录表</source>
        <translation>Drill record</translation>
    </message>
    <message>
        <source>应急演练评估表</source>
        <translation>Drill evaluation form</translation>
    </message>
    <message>
        <source>证据包（记录表 + 签到表 + 评估表 + 照片）</source>
        <translation>Evidence pack (record + sign-in + evaluation + photos)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存并关闭</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>保存（{key_text}）</source>
        <translation>Save ({key_text})</translation>
    </message>
    <message>
        <source>打印（{key_text}）</source>
        <translation>Print ({key_text})</translation>
    </message>
    <message>
        <source>演练名称</source>
        <translation>Drill name</translation>
    </message>
    <message>
        <source>例如 中心小学熟悉演练</source>
        <translation>e.g. central school familiarisation drill</translation>
    </message>
    <message>
        <source>演练类型</source>
        <translation>Drill type</translation>
    </message>
    <message>
        <source>日期和时间</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>依据预案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>选了场所可不填，默认为场所地址</source>
        <translation>Optional with a site: defaults to the site&apos;s address</translation>
    </message>
    <message>
        <source>组织人</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>演练情景</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>演练目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>演练：{name}</source>
        <translation>Drill: {name}</translation>
    </message>
    <message>
        <source>新建演练</source>
        <translation>New drill</translation>
    </message>
    <message>
        <source>演练</source>
        <translation>Drills</translation>
    </message>
    <message>
        <source>有未保存的修改。关闭前保存吗？</source>
        <translation>There are unsaved changes. Save before closing?</translation>
    </message>
    <message>
        <source>演练签到表（空白）</source>
        <translation>Drill sign-in sheet (blank)</translation>
    </message>
    <message>
        <source>演练签到表</source>
        <translation>Drill sign-in sheet</translation>
    </message>
    <message>
        <source>演练证据包</source>
        <translation>Drill evidence pack</translation>
    </message>
    <message>
        <source>{title}：{name}</source>
        <translation>{title}: {name}</translation>
    </message>
</context>
<context>
    <name>DrillsPage</name>
    <message>
        <source>演练签到表</source>
        <translation>Drill sign-in sheet</translation>
    </message>
    <message>
        <source>演练记录表</source>
        <translation>Drill record</translation>
    </message>
    <message>
        <source>应急演练评估表</source>
        <translation>Drill evaluation form</translation>
    </message>
    <message>
        <source>新建演练…</source>
        <translation>New drill…</translation>
    </message>
    <message>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>演练</source>
        <translation>Drills</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>演练名称</source>
        <translation>Drill name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>依据预案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>到场/应到</source>
        <translation>Present/expected</translation>
    </message>
    <message>
        <source>评估结论</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>未整改问题</source>
        <translation>Open findings</translation>
    </message>
    <message>
        <source>还没有演练记录：点“新建演练…”，依次填写计划、签到、过程、评估和问题整改。</source>
        <translation>No drills yet: click “New drill…” and fill in plan, sign-in, course, evaluation and findings in turn.</translation>
    </message>
    <message>
        <source>打印空白表…</source>
        <translation>Print blank form…</translation>
    </message>
    <message>
        <source>打印证据包…</source>
        <translation>Print evidence pack…</translation>
    </message>
    <message>
        <source>新建演练后依次填写：① 计划 ② 签到 ③ 过程 ④ 评估 ⑤ 问题整改。签到表、照片和评估表是演练的证明材料。</source>
        <translation>After New drill, fill in: ① plan ② sign-in ③ course ④ evaluation ⑤ findings. The sign-in sheet, photos and evaluation are the drill&apos;s evidence.</translation>
    </message>
    <message>
        <source>空白{title}</source>
        <translation>Blank {title}</translation>
    </message>
    <message>
        <source>{t}（空白）</source>
        <translation>{t} (blank)</translation>
    </message>
    <message>
        <source>请先在表格中选中一次演练。</source>
        <translation>Select a drill in the table first.</translation>
    </message>
    <message>
        <source>演练证据包：{name}</source>
        <translation>Drill evidence pack: {name}</translation>
    </message>
</context>
<context>
    <name>DutyCard</name>
    <message>
        <source>{label}&#x3000;{month}月{day}日 {weekday}</source>
        <translation>{label}  {month}/{day} {weekday}</translation>
    </message>
    <message>
        <source>尚未排班</source>
        <translation>Not scheduled yet</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;带班领导&lt;/b&gt;&lt;/td&gt;&lt;td&gt;{leader}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;值班员&lt;/b&gt;&lt;/td&gt;&lt;td&gt;{staff}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;备勤&lt;/b&gt;&lt;/td&gt;&lt;td&gt;{standby}&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Leader&lt;/b&gt;&lt;/td&gt;&lt;td&gt;{leader}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;On duty&lt;/b&gt;&lt;/td&gt;&lt;td&gt;{staff}&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Standby&lt;/b&gt;&lt;/td&gt;&lt;td&gt;{standby}&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>DutyPages</name>
    <message>
        <source>载入冬春预设</source>
        <translation>Load winter presets</translation>
    </message>
    <message>
        <source>今冬明春开始的年份（11月所在年份）：</source>
        <translation>Year the winter starts (the year of its November):</translation>
    </message>
    <message>
        <source>已载入 {added} 个战备时段（已有的不重复载入）。请核对日期，特别是全国两会会期。</source>
        <translation>Loaded {added} alert periods (existing ones not repeated). Check the dates, especially the National People&apos;s Congress session.</translation>
    </message>
    <message>
        <source>值班交接班记录（空白）</source>
        <translation>Duty handover record (blank)</translation>
    </message>
    <message>
        <source>值班交接班记录</source>
        <translation>Duty handover record</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <source>编辑器材</source>
        <translation>Edit equipment</translation>
    </message>
    <message>
        <source>新增器材</source>
        <translation>New equipment</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>例如 SD-001</source>
        <translation>e.g. SD-001</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>例如 MFZ/ABC4</source>
        <translation>e.g. MFZ/ABC4</translation>
    </message>
    <message>
        <source>（非灭火器）</source>
        <translation>(not an extinguisher)</translation>
    </message>
    <message>
        <source>灭火剂类型</source>
        <translation>Extinguishing agent</translation>
    </message>
    <message>
        <source>灭火器的维修和报废年限按灭火剂类型取规则（GA 95）</source>
        <translation>An extinguisher&apos;s service and scrapping dates follow the rules of its agent (GA 95)</translation>
    </message>
    <message>
        <source>生产日期</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>上次检验日期</source>
        <translation>Last tested on</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <source>例如 器材库、镇政府三楼</source>
        <translation>e.g. store room, town hall 3rd floor</translation>
    </message>
    <message>
        <source>（不在车上）</source>
        <translation>(not on a vehicle)</translation>
    </message>
    <message>
        <source>所属车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>车上箱位</source>
        <translation>Locker</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>下次检验：{value1}&#x3000;&#x3000;到期报废：{value2}&#x3000;（按类别规则自动计算）</source>
        <translation>Next test: {value1}    Retire by: {value2}  (from the category&apos;s rules)</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>装备器材</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>一件器材</source>
        <translation>a piece of equipment</translation>
    </message>
    <message>
        <source>件</source>
        <translation>pieces</translation>
    </message>
    <message>
        <source>还没有器材：点“新增…”登记，或点“导入…”导入器材台账。</source>
        <translation>No equipment yet: click “New…”, or “Import…” to import an equipment register.</translation>
    </message>
    <message>
        <source>查找编号、名称、规格或位置…</source>
        <translation>Code, name, model, place…</translation>
    </message>
    <message>
        <source>{code} 有检查或维修记录</source>
        <translation>{code} has checks or repairs</translation>
    </message>
    <message>
        <source>检验/检查…</source>
        <translation>Test/check…</translation>
    </message>
    <message>
        <source>履历</source>
        <translation>History</translation>
    </message>
    <message>
        <source>器材台账（全部）…</source>
        <translation>Equipment register (all)…</translation>
    </message>
    <message>
        <source>本类检验表（列出本类器材）…</source>
        <translation>Test form of this category (its equipment)…</translation>
    </message>
    <message>
        <source>本类空白检验表…</source>
        <translation>Blank test form of this category…</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>检验日期和报废日期按“设置”中的类别规则自动计算：红色为已超期，橙色为{soon}天内需检验或{retire}天内到期报废。双击一行可编辑。</source>
        <translation>Test and retirement dates follow the category rules in &quot;Settings&quot;: red is overdue, orange needs a test within {soon} days or retires within {retire} days. Double-click a row to edit it.</translation>
    </message>
    <message>
        <source>只看{soon}天内需检验和已超期</source>
        <translation>Only due within {soon} days or overdue</translation>
    </message>
    <message>
        <source>器材履历：{code} {name}</source>
        <translation>Equipment history: {code} {name}</translation>
    </message>
    <message>
        <source>装备器材台账</source>
        <translation>Equipment register</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>请先在“全部类别”处选择一个类别（或选中一件器材）。</source>
        <translation>Choose a category under “All categories” first (or select a piece of equipment).</translation>
    </message>
    <message>
        <source>{category}检验表</source>
        <translation>{category} test form</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>评估项目</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>全部合格</source>
        <translation>All pass</translation>
    </message>
    <message>
        <source>清除评价</source>
        <translation>Clear ratings</translation>
    </message>
    <message>
        <source>总体结论</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>（未评估）</source>
        <translation>(not evaluated)</translation>
    </message>
    <message>
        <source>评估人</source>
        <translation>Evaluators</translation>
    </message>
    <message>
        <source>例如 王建国、李明</source>
        <translation>e.g. Wang Jianguo, Li Ming</translation>
    </message>
    <message>
        <source>评估日期</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <source>总体结论按各项中最低的评价自动填写，也可以手动改。</source>
        <translation>The overall rating is the lowest item&apos;s rating; it can be changed by hand.</translation>
    </message>
</context>
<context>
    <name>ExcelButtons</name>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>从表格文件（.xlsx、.xls、.et、.csv）导入：先预览每一行，确认后才写入</source>
        <translation>Import from a spreadsheet (.xlsx, .xls, .et, .csv): every row is previewed first and written only after you confirm</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>空白模板…</source>
        <translation>Blank template…</translation>
    </message>
</context>
<context>
    <name>ExcelFilters</name>
    <message>
        <source>表格文件 (*.xlsx *.xls *.et *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.et *.csv)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FilterableTable</name>
    <message>
        <source>筛选…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>共 {total} 条</source>
        <translation>{total} in all</translation>
    </message>
    <message>
        <source>{shown} / {total} 条</source>
        <translation>{shown} / {total}</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>编辑整改问题</source>
        <translation>Edit finding</translation>
    </message>
    <message>
        <source>新增整改问题</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>演练</source>
        <translation>Drills</translation>
    </message>
    <message>
        <source>请选择演练</source>
        <translation>Choose a drill</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Problem found</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>问题重大，需要修订预案（生成预案修订任务）</source>
        <translation>Major problem: the plan needs revising (creates a revision task)</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>新增问题…</source>
        <translation>New finding…</translation>
    </message>
    <message>
        <source>整改跟踪</source>
        <translation>Follow-up of findings</translation>
    </message>
    <message>
        <source>演练</source>
        <translation>Drills</translation>
    </message>
    <message>
        <source>还没有整改问题：演练评估中发现的问题会列在这里，也可以点“新增问题…”。</source>
        <translation>No findings yet: problems found in drill evaluations are listed here, or click “New finding…”.</translation>
    </message>
    <message>
        <source>推进状态…</source>
        <translation>Advance status…</translation>
    </message>
    <message>
        <source>演练发现的问题：待整改 → 整改中 → 已整改。红色为已过整改期限；整改完成须填写完成日期和证明。</source>
        <translation>Drill findings: open → in progress → fixed. Red: past the deadline; a fix needs its completion date and evidence.</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>修订预案</source>
        <translation>Revise plan</translation>
    </message>
    <message>
        <source>每个问题写明整改措施、责任人和期限，整改完成后点“推进状态”填写完成日期和证明。</source>
        <translation>Give each finding its action, person responsible and deadline; when fixed, click “Advance status” and enter the date and evidence.</translation>
    </message>
    <message>
        <source>新增问题…</source>
        <translation>New finding…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>推进状态…</source>
        <translation>Advance status…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除问题</source>
        <translation>Delete finding</translation>
    </message>
    <message>
        <source>确定删除“{problem}”吗？</source>
        <translation>Delete “{problem}”?</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>首次设置</source>
        <translation>First setup</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>保存以上设置和队员（以后可在“设置”和“队员”页修改）</source>
        <translation>Save these settings and members (you can change them later on the &quot;Settings&quot; and &quot;Members&quot; pages)</translation>
    </message>
    <message>
        <source>暂不设置，下次启动时再问</source>
        <translation>Skip for now and ask again at the next start</translation>
    </message>
    <message>
        <source>欢迎使用救援台账。请填写本镇的信息，并登记救援队的队员，就可以排值班表了。这些以后都可以在“设置”和“队员”页修改。</source>
        <translation>Welcome to Rescue Ledger. Fill in your town&apos;s details and enter the rescue team&apos;s members, and you can draw up the duty roster. You can change all of this later on the &quot;Settings&quot; and &quot;Members&quot; pages.</translation>
    </message>
    <message>
        <source>从Excel导入队员名单…</source>
        <translation>Import the member list from Excel…</translation>
    </message>
    <message>
        <source>选一个花名册文件，先预览、核对，再导入</source>
        <translation>Pick a roll file: preview and check it, then import</translation>
    </message>
    <message>
        <source>队员（姓名、电话；能任带班领导、能开车的打勾）</source>
        <translation>Members (name, phone; tick those who can lead a shift or drive)</translation>
    </message>
    <message>
        <source>例如 石门镇（打印在每张表的抬头）</source>
        <translation>e.g. Shimen Town (printed at the head of every form)</translation>
    </message>
    <message>
        <source>第 {row} 行：{message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <source>也可以导入办公室现有的花名册（Excel/WPS 表格）。</source>
        <translation>You can also import the office&apos;s existing roll (an Excel/WPS sheet).</translation>
    </message>
    <message>
        <source>已登记 {count} 名队员：{names}</source>
        <translation>{count} members entered: {names}</translation>
    </message>
</context>
<context>
    <name>FlowTestDialog</name>
    <message>
        <source>AA 级（≥1500 gpm，约 95 L/s）</source>
        <translation>Class AA (≥1500 gpm, about 95 L/s)</translation>
    </message>
    <message>
        <source>A 级（1000–1499 gpm）</source>
        <translation>Class A (1000–1499 gpm)</translation>
    </message>
    <message>
        <source>B 级（500–999 gpm）</source>
        <translation>Class B (500–999 gpm)</translation>
    </message>
    <message>
        <source>C 级（&lt;500 gpm）</source>
        <translation>Class C (&lt;500 gpm)</translation>
    </message>
    <message>
        <source>流量测试：{code} {name}</source>
        <translation>Flow test: {code} {name}</translation>
    </message>
    <message>
        <source>静压</source>
        <translation>Static pressure</translation>
    </message>
    <message>
        <source>残压（放水时）</source>
        <translation>Residual pressure (flowing)</translation>
    </message>
    <message>
        <source>皮托管压力</source>
        <translation>Pitot pressure</translation>
    </message>
    <message>
        <source>出水口内径</source>
        <translation>Outlet diameter</translation>
    </message>
    <message>
        <source>出水口系数</source>
        <translation>Outlet coefficient</translation>
    </message>
    <message>
        <source>测试日期</source>
        <translation>Tested on</translation>
    </message>
    <message>
        <source>测试人</source>
        <translation>Tested by</translation>
    </message>
    <message>
        <source>测试结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>流量等级</source>
        <translation>Flow class</translation>
    </message>
    <message>
        <source>按 NFPA 291 换算到残压 0.14 MPa（20 psi）时的流量。</source>
        <translation>Flow converted to 0.14 MPa (20 psi) residual, per NFPA 291.</translation>
    </message>
    <message>
        <source>实测流量 {flow_lps:.1f} L/s
残压 0.14 MPa 时 {rated_lps:.1f} L/s（{value1:.0f} gpm）</source>
        <translation>Measured flow {flow_lps:.1f} L/s
At 0.14 MPa residual {rated_lps:.1f} L/s ({value1:.0f} gpm)</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>最多 {limit} 个字，现在有 {length} 个字，请删减</source>
        <translation>At most {limit} characters, this has {length}: please shorten it</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>有未保存的修改，确定放弃吗？</source>
        <extracomment>The property a dialog with its keys carries. Item views with more rows than this are not compared row by row (a big preview).</extracomment>
        <translation>There are unsaved changes. Discard them?</translation>
    </message>
    <message>
        <source>保存失败。</source>
        <translation>Could not save.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>交接班记录</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>值班日期</source>
        <translation>Duty date</translation>
    </message>
    <message>
        <source>值班电话畅通</source>
        <translation>Duty phone works</translation>
    </message>
    <message>
        <source>对讲机正常</source>
        <translation>Radios work</translation>
    </message>
    <message>
        <source>车辆器材完好、随时可出动</source>
        <translation>Vehicles and kit ready to go</translation>
    </message>
    <message>
        <source>值班情况</source>
        <translation>Duty notes</translation>
    </message>
    <message>
        <source>移交事项</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>交班人</source>
        <translation>Handed by</translation>
    </message>
    <message>
        <source>接班人</source>
        <translation>Taken by</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>救援台账 使用说明</source>
        <extracomment>The guide&apos;s pages in reading order (``resources/help/&lt;topic&gt;.html``).</extracomment>
        <translation>Rescue Ledger user guide</translation>
    </message>
    <message>
        <source>◀ 后退</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>前进 ▶</source>
        <translation>Forward ▶</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>还没有检查、维修或修改记录。</source>
        <translation>No checks, repairs or changes recorded yet.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>结果/状态</source>
        <translation>Result/status</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>检查人/单位</source>
        <translation>Inspector/unit</translation>
    </message>
    <message>
        <source>检查…</source>
        <translation>Check…</translation>
    </message>
    <message>
        <source>保养…</source>
        <translation>Maintenance…</translation>
    </message>
    <message>
        <source>流量测试…</source>
        <translation>Flow test…</translation>
    </message>
    <message>
        <source>维修…</source>
        <translation>Repair…</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>今日值班</source>
        <translation>On duty today</translation>
    </message>
    <message>
        <source>明日值班</source>
        <translation>On duty tomorrow</translation>
    </message>
    <message>
        <source>近期战备时段</source>
        <translation>Coming alert periods</translation>
    </message>
    <message>
        <source>打开值班表</source>
        <translation>Open the roster</translation>
    </message>
    <message>
        <source>记录来电</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <source>填写交接班</source>
        <translation>Fill in a handover</translation>
    </message>
    <message>
        <source>待办与到期</source>
        <translation>To do and due</translation>
    </message>
    <message>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>明日</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>当前战备等级：{level_name}</source>
        <translation>Current alert level: {level_name}</translation>
    </message>
    <message>
        <source>{year}年{month}月{day}日</source>
        <translation>{year}-{month}-{day}</translation>
    </message>
    <message>
        <source>{first}—{month}月{day}日</source>
        <translation>{first} – {month}/{day}</translation>
    </message>
    <message>
        <source>{name}：{span}&#x3000;{level}，每班至少{min_staff}名值班员</source>
        <translation>{name}: {span}  {level}, at least {min_staff} on each shift</translation>
    </message>
    <message>
        <source>&#x3000;&lt;b&gt;进行中&lt;/b&gt;</source>
        <translation>  &lt;b&gt;in progress&lt;/b&gt;</translation>
    </message>
    <message>
        <source>未来四个月没有战备时段。可在“战备时段”中载入本期冬春预设。</source>
        <translation>No alert periods in the next four months. Load this winter&apos;s presets under Alert periods.</translation>
    </message>
    <message>
        <source>待办与到期（{count} 项，其中逾期 {overdue} 项）</source>
        <translation>To do and due ({count}, {overdue} overdue)</translation>
    </message>
    <message>
        <source>待办与到期：暂无</source>
        <translation>To do and due: nothing</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>{title} — 预览</source>
        <translation>{title} — Preview</translation>
    </message>
    <message>
        <source>已取消导入，未写入任何数据。</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>正在导入 {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <source>正在读取 {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>已记下：{column}「{word}」即“{value}”，下次导入自动识别</source>
        <translation>Noted: {column} &quot;{word}&quot; means &quot;{value}&quot;; the next import will recognise it</translation>
    </message>
    <message>
        <source>没有导入：</source>
        <translation>Not imported: </translation>
    </message>
    <message>
        <source>文件：{file}&#x3000;工作表：{sheet}&#x3000;表头在第 {row} 行，共 {rows} 行数据</source>
        <translation>File: {file}   Sheet: {sheet}   Header on row {row}, {rows} rows of data</translation>
    </message>
    <message>
        <source>共 {total} 行，正在检查…</source>
        <translation>{total} rows, checking…</translation>
    </message>
    <message>
        <source>（已发现有误 {n} 行）</source>
        <translation> ({n} rows with errors so far)</translation>
    </message>
    <message>
        <source>新增 {added}，更新 {updated}，未变 {unchanged}，有误 {bad}</source>
        <translation>New {added}, updated {updated}, unchanged {unchanged}, with errors {bad}</translation>
    </message>
    <message>
        <source>，替换 {n}</source>
        <translation>, replaced {n}</translation>
    </message>
    <message>
        <source>问题（{n}）：点击一条可定位到单元格</source>
        <translation>Problems ({n}): click one to go to its cell</translation>
    </message>
    <message>
        <source>问题：没有</source>
        <translation>Problems: none</translation>
    </message>
    <message>
        <source>状态有误</source>
        <translation>Has errors</translation>
    </message>
    <message>
        <source>文件中还有问题，改正后才能导入</source>
        <translation>The file still has problems; correct them before importing</translation>
    </message>
    <message>
        <source>只看有误的行</source>
        <translation>Only rows with errors</translation>
    </message>
    <message>
        <source>按实盘调整库存（记盘点调整）</source>
        <translation>Adjust stock to the count (record a stocktake adjustment)</translation>
    </message>
    <message>
        <source>文件中的数量与账面结存不符时，按文件中的实盘数量记一笔盘点调整</source>
        <translation>Where a quantity in the file differs from the book balance, record a stocktake adjustment to the counted quantity in the file</translation>
    </message>
    <message>
        <source>按此月份重新读取</source>
        <translation>Read again with this month</translation>
    </message>
    <message>
        <source>日期没有年份时按</source>
        <translation>Dates without a year are taken as</translation>
    </message>
    <message>
        <source>双击单元格可直接改正（Enter 确认），改正后自动重新检查；鼠标停在单元格上可看原因。</source>
        <translation>Double-click a cell to correct it (Enter confirms); it is checked again at once. Hover over a cell to see why.</translation>
    </message>
    <message>
        <source>不认识的词语（选择它的意思，导入时记为本单位的同义词）</source>
        <translation>Unknown words (choose what each means; the import keeps it as your office&apos;s synonym)</translation>
    </message>
    <message>
        <source>重新检查</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>替换</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>有误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>检查中</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>待定</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>普查录入</source>
        <translation>Survey entry</translation>
    </message>
    <message>
        <source>检查/保养</source>
        <translation>Check/maintain</translation>
    </message>
    <message>
        <source>{what}：{code} {name}</source>
        <translation>{what}: {code} {name}</translation>
    </message>
    <message>
        <source>检查类型</source>
        <translation>Check type</translation>
    </message>
    <message>
        <source>普查（结果计入本次普查进度）</source>
        <translation>Survey (counts towards this survey&apos;s progress)</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Check date</translation>
    </message>
    <message>
        <source>检查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>例如 张三、李四</source>
        <translation>e.g. Zhang San, Li Si</translation>
    </message>
    <message>
        <source>水源</source>
        <translation>Water source</translation>
    </message>
    <message>
        <source>逐项检查：双击“结果”选择 合格/不合格/不适用/未检（没查的项选“未检”）；测量项在“数值”中填数字（如静压 0.25），不满足“要求”的数值自动判为不合格。</source>
        <translation>Check each line: double-click “Result” to choose pass, fail, n/a or not checked (choose “not checked” for an item you did not check); type measured values under “Value” (e.g. static pressure 0.25); a value outside “Required” fails the line.</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>不填则自动列出不合格项</source>
        <translation>Left empty: the failed items are listed</translation>
    </message>
    <message>
        <source>处理情况</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>报修单位</source>
        <translation>Report to</translation>
    </message>
    <message>
        <source>供水单位或水源归属单位</source>
        <translation>Water company or owner of the source</translation>
    </message>
    <message>
        <source>维修期限</source>
        <translation>Repair deadline</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>等</source>
        <translation>etc.</translation>
    </message>
    <message>
        <source>有 {count} 项不合格：{names}。
保存后该水源将标为“故障”，并开具维修单报给下面的报修单位；修复后在“维修…”中登记已修复，水源即恢复“可用”。</source>
        <translation>{count} items failed: {names}.
On saving, the source is marked faulty and a repair order goes to the unit below; record the repair under Repairs… and it becomes available again.</translation>
    </message>
    <message>
        <source>保存并报修</source>
        <translation>Save and report for repair</translation>
    </message>
</context>
<context>
    <name>KitEditor</name>
    <message>
        <source>添加一行</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>删除所选行</source>
        <translation>Delete the selected rows</translation>
    </message>
</context>
<context>
    <name>KitModel</name>
    <message>
        <source>器材名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>存放位置（箱位）</source>
        <translation>Location (locker)</translation>
    </message>
    <message>
        <source>应有数量</source>
        <translation>Expected</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>编辑请假</source>
        <translation>Edit leave</translation>
    </message>
    <message>
        <source>登记请假</source>
        <translation>Record leave</translation>
    </message>
    <message>
        <source>队员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>请选择队员</source>
        <translation>Choose a member</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <source>战备等级：{name}</source>
        <translation>Alert level: {name}</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>每班值班员</source>
        <translation>On duty per shift</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>每班备勤</source>
        <translation>Standby per shift</translation>
    </message>
    <message>
        <source>标记颜色</source>
        <translation>Colour</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 — 救援台账</source>
        <translation>Sign in — Rescue Ledger</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>本数据库已设置用户，请用自己的用户名和密码登录。</source>
        <translation>This database has users: sign in with your own user name and password.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>请填写用户名</source>
        <translation>Enter the user name</translation>
    </message>
    <message>
        <source>请填写密码</source>
        <translation>Enter the password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>救援台账</source>
        <translation>Rescue Ledger</translation>
    </message>
    <message>
        <source>（演示数据）</source>
        <translation> (demo data)</translation>
    </message>
    <message>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>{database}&#x3000;操作人：{operator}</source>
        <translation>{database}   Operator: {operator}</translation>
    </message>
    <message>
        <source>已自动备份：{name}</source>
        <translation>Backed up automatically: {name}</translation>
    </message>
    <message>
        <source>今天的自动备份未完成：{error}</source>
        <translation>Today&apos;s automatic backup did not finish: {error}</translation>
    </message>
    <message>
        <source>自动备份</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>
恢复前的数据库已备份到：{path}</source>
        <translation>
The database as it was before the restore is backed up to: {path}</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>已从备份恢复。{safety}
{chain}

现在重新打开数据库。</source>
        <translation>Restored from the backup.{safety}
{chain}

The database will now be opened again.</translation>
    </message>
    <message>
        <source>恢复未完成，数据库没有改动。</source>
        <translation>The restore did not finish; the database is unchanged.</translation>
    </message>
    <message>
        <source>正在恢复备份…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>本月值班表…</source>
        <translation>This month&apos;s duty roster…</translation>
    </message>
    <message>
        <source>当班交接班记录…</source>
        <translation>Current shift handover record…</translation>
    </message>
    <message>
        <source>空白交接班记录…</source>
        <translation>Blank handover record…</translation>
    </message>
    <message>
        <source>工作总结…</source>
        <translation>Work summary…</translation>
    </message>
    <message>
        <source>月度通报…</source>
        <translation>Monthly bulletin…</translation>
    </message>
    <message>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>使用说明（F1）</source>
        <translation>User guide (F1)</translation>
    </message>
    <message>
        <source>关于救援台账</source>
        <translation>About Rescue Ledger</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>按类型着色</source>
        <translation>Colour by type</translation>
    </message>
    <message>
        <source>按可用状态着色</source>
        <translation>Colour by status</translation>
    </message>
    <message>
        <source>按流量等级着色</source>
        <translation>Colour by flow class</translation>
    </message>
    <message>
        <source>枯水期</source>
        <translation>Dry season</translation>
    </message>
    <message>
        <source>未测试</source>
        <translation>Not tested</translation>
    </message>
    <message>
        <source>水源地图</source>
        <translation>Water source map</translation>
    </message>
    <message>
        <source>按经纬度画出的示意图（不需要联网）：滚轮缩放，按住左键拖动，点击水源打开其信息。方块为重点场所，虚线圆为保护半径；红色方块表示半径内没有可用水源。</source>
        <translation>A sketch drawn from the coordinates (no internet needed): wheel to zoom, drag to move, click a source to open it. Squares are key sites, dashed circles the protection radius; a red square has no available source within it.</translation>
    </message>
    <message>
        <source>显示保护半径</source>
        <translation>Show radius</translation>
    </message>
    <message>
        <source>显示编号</source>
        <translation>Show codes</translation>
    </message>
    <message>
        <source>全图</source>
        <translation>Whole map</translation>
    </message>
    <message>
        <source>打印地图…</source>
        <translation>Print map…</translation>
    </message>
    <message>
        <source> · 流量 {flow_class} 级</source>
        <translation> · flow class {flow_class}</translation>
    </message>
    <message>
        <source>最近可用水源 {code}，{distance_m:.0f} 米</source>
        <translation>Nearest available source {code}, {distance_m:.0f} m</translation>
    </message>
    <message>
        <source>附近没有可用水源</source>
        <translation>No available source nearby</translation>
    </message>
    <message>
        <source>水源 {count} 处，重点场所 {count2} 处</source>
        <translation>{count} sources, {count2} key sites</translation>
    </message>
    <message>
        <source>（另有 {missing} 处场所没有坐标，未画出）</source>
        <translation>({missing} more sites have no coordinates and are not drawn)</translation>
    </message>
    <message>
        <source>{k} 级</source>
        <translation>Class {k}</translation>
    </message>
    <message>
        <source>重点场所（已覆盖）</source>
        <translation>Key site (covered)</translation>
    </message>
    <message>
        <source>重点场所（缺口）</source>
        <translation>Key site (gap)</translation>
    </message>
    <message>
        <source>保护半径 {radius_m:g} 米</source>
        <translation>Protection radius {radius_m:g} m</translation>
    </message>
    <message>
        <source>{code}（{distance_m:.0f} 米）</source>
        <translation>{code} ({distance_m:.0f} m)</translation>
    </message>
    <message>
        <source>最近的可用水源：{near}</source>
        <translation>Nearest available source: {near}</translation>
    </message>
    <message>
        <source>附近没有可用水源。</source>
        <translation>No available source nearby.</translation>
    </message>
    <message>
        <source>消防水源分布图</source>
        <translation>Fire water source map</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>{value1:g} 千米</source>
        <translation>{value1:g} km</translation>
    </message>
    <message>
        <source>{metres:g} 米</source>
        <translation>{metres:g} m</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>编辑队员</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <source>新增队员</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>例如 13800000000</source>
        <translation>e.g. 13800000000</translation>
    </message>
    <message>
        <source>可任带班领导</source>
        <translation>Can lead</translation>
    </message>
    <message>
        <source>驾驶员</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>入队日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MissingDatabase</name>
    <message>
        <source>找不到数据库</source>
        <translation>Database not found</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>选择其他位置</source>
        <translation>Choose another location</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>选择数据库所在的数据文件夹</source>
        <translation>Choose the data folder that holds the database</translation>
    </message>
    <message>
        <source>恢复未完成：{err}</source>
        <translation>The restore did not finish: {err}</translation>
    </message>
    <message>
        <source>没有登录，未恢复。</source>
        <translation>Not signed in; nothing was restored.</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <source>上个月</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>下个月</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>0000年00月</source>
        <translation>0000-00</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>{year}年{month}月</source>
        <translation>{year}-{month}</translation>
    </message>
</context>
<context>
    <name>MoreButton</name>
    <message>
        <source>更多</source>
        <extracomment>The property a button taken into a 更多 menu carries.</extracomment>
        <translation>More</translation>
    </message>
    <message>
        <source>更多操作</source>
        <translation>More actions</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>入库</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>出库（领用）</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>借出</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>报废</source>
        <translation>Write off</translation>
    </message>
    <message>
        <source>归还</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>{kind}登记</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <source>{name}（现有 {balance:g}{unit}）</source>
        <translation>{name} ({balance:g} {unit} in stock)</translation>
    </message>
    <message>
        <source>物资</source>
        <translation>Supply</translation>
    </message>
    <message>
        <source>请选择物资</source>
        <translation>Choose a supply</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>批次号</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>没有可不填</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>借用人/单位</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>应还日期</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>领用人/单位</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>演练与预案</source>
        <translation>Drills and plans</translation>
    </message>
    <message>
        <source>重点场所</source>
        <translation>Key sites</translation>
    </message>
    <message>
        <source>应急预案</source>
        <translation>Emergency plans</translation>
    </message>
    <message>
        <source>演练</source>
        <translation>Drills</translation>
    </message>
    <message>
        <source>整改跟踪</source>
        <translation>Follow-up of findings</translation>
    </message>
    <message>
        <source>值班备勤</source>
        <extracomment>The user guide&apos;s page of the duty pages (the roster pages name their own).</extracomment>
        <translation>Duty and standby</translation>
    </message>
    <message>
        <source>值班表</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <source>队员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>战备时段</source>
        <translation>Readiness periods</translation>
    </message>
    <message>
        <source>来电记录</source>
        <translation>Call log</translation>
    </message>
    <message>
        <source>交接班</source>
        <translation>Handovers</translation>
    </message>
    <message>
        <source>车辆装备物资</source>
        <translation>Vehicles, equipment and supplies</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>装备器材</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>物资储备</source>
        <translation>Supplies in store</translation>
    </message>
    <message>
        <source>消防水源</source>
        <translation>Fire water sources</translation>
    </message>
    <message>
        <source>水源台账</source>
        <translation>Water sources</translation>
    </message>
    <message>
        <source>普查</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>水源地图</source>
        <translation>Water source map</translation>
    </message>
    <message>
        <source>覆盖分析</source>
        <translation>Coverage</translation>
    </message>
</context>
<context>
    <name>NewRepairDialog</name>
    <message>
        <source>报修：{code} {name}</source>
        <translation>Report repair: {code} {name}</translation>
    </message>
    <message>
        <source>故障情况</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>报修单位</source>
        <translation>Report to</translation>
    </message>
    <message>
        <source>报修日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>维修期限</source>
        <translation>Repair deadline</translation>
    </message>
    <message>
        <source>请填写故障情况</source>
        <translation>Describe the fault</translation>
    </message>
    <message>
        <source>维修期限不能早于报修日期</source>
        <translation>The deadline cannot be before the report date</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>PageKeys</name>
    <message>
        <source>新增</source>
        <extracomment>Each command&apos;s name and key; the same on every page.</extracomment>
        <translation>New</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PagedRegisterPage</name>
    <message>
        <source>一行</source>
        <extracomment>The page title, also the title of its message boxes. What a row is, in &quot;请先在表格中选中{noun}。&quot; (&quot;一件器材&quot;).</extracomment>
        <translation>a row</translation>
    </message>
    <message>
        <source>条</source>
        <extracomment>The counting word of &quot;共 {n} {unit}&quot; (&quot;件&quot;, &quot;处&quot;).</extracomment>
        <translation>rows</translation>
    </message>
    <message>
        <source>查找…</source>
        <extracomment>The search box&apos;s placeholder.</extracomment>
        <translation>Find…</translation>
    </message>
    <message>
        <source>{code} 有历史记录</source>
        <extracomment>Excel registers of the 导入/导出 buttons. What a delete that archived the row says before the note (&quot;{code} 有检查或维修记录&quot;).</extracomment>
        <translation>{code} has history</translation>
    </message>
    <message>
        <source>还没有{title}记录：点“新增…”或“导入…”</source>
        <extracomment>Read the first page again when shown after another page may have changed the rows. Its page of the user guide (F1); empty: the one its navigation entry names. The one line the page shows while the register is empty (what to do first); empty: 还没有{title}记录：点“新增…”或“导入…”.</extracomment>
        <translation>{title}: nothing recorded yet. Click “New…” or “Import…”</translation>
    </message>
    <message>
        <source>新增…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>含已归档</source>
        <translation>Include archived</translation>
    </message>
    <message>
        <source>共 {n} {unit}</source>
        <translation>{n} {unit} in all</translation>
    </message>
    <message>
        <source>请先在表格中选中{noun}。</source>
        <translation>Select {noun} in the table first.</translation>
    </message>
    <message>
        <source>确定删除“{code} {name}”吗？</source>
        <translation>Delete “{code} {name}”?</translation>
    </message>
</context>
<context>
    <name>PagedTable</name>
    <message>
        <source>共 {total} 条</source>
        <translation>{total} in all</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>重设“{name}”的密码</source>
        <translation>Reset the password of “{name}”</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
</context>
<context>
    <name>PdfPrint</name>
    <message>
        <source>无法开始打印。</source>
        <extracomment>Rendering resolution cap: enough for text on paper, small enough for memory.</extracomment>
        <translation>Printing could not start.</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>保存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存文件：{error}</source>
        <translation>Could not save the file: {error}</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>编辑战备时段</source>
        <translation>Edit alert period</translation>
    </message>
    <message>
        <source>新增战备时段</source>
        <translation>New alert period</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>例如 春节、全国两会</source>
        <translation>e.g. Spring Festival, NPC session</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>战备等级</source>
        <translation>Alert level</translation>
    </message>
    <message>
        <source>每班最少值班员</source>
        <translation>Minimum on duty per shift</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>PhotoBox</name>
    <message>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>添加照片</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>删除照片</source>
        <translation>Delete photo</translation>
    </message>
    <message>
        <source>确定删除照片“{original_name}”吗？</source>
        <translation>Delete the photo “{original_name}”?</translation>
    </message>
</context>
<context>
    <name>PhotoTab</name>
    <message>
        <source>水源全貌、标志牌、取水口等照片。添加时会复制一份保存到本程序的数据文件夹。双击照片用系统的看图程序打开。</source>
        <translation>Photos of the source, its sign, its outlet… A copy is kept in the program&apos;s data folder. Double-click a photo to open it in the system viewer.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>镇级</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>村级</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>单位级</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>县级</source>
        <translation>County</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>编制人</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>发布日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>上次评估日期</source>
        <translation>Last evaluated on</translation>
    </message>
    <message>
        <source>适用场所</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>编辑预案（第{version_no}版）</source>
        <translation>Edit plan (version {version_no})</translation>
    </message>
    <message>
        <source>新增应急预案</source>
        <translation>New emergency plan</translation>
    </message>
    <message>
        <source>预案名称</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <source>例如 GLZ-YA-2024-03</source>
        <translation>e.g. GLZ-YA-2024-03</translation>
    </message>
    <message>
        <source>适用场所（可多选）</source>
        <translation>Sites (several allowed)</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>新增预案…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <source>“{name}”已有演练、修订记录或多个版本</source>
        <translation>“{name}” has drills, revisions or several versions</translation>
    </message>
    <message>
        <source>应急预案</source>
        <translation>Emergency plans</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>预案名称</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>第{n}版</source>
        <translation>v{n}</translation>
    </message>
    <message>
        <source>适用场所</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>发布日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>下次评估</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <source>{d}（已逾期）</source>
        <translation>{d} (overdue)</translation>
    </message>
    <message>
        <source>编制人</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <source>还没有应急预案：点“新增预案…”登记，或点“导入…”导入预案清单。</source>
        <translation>No emergency plans yet: click “New plan…”, or “Import…” to import a list of plans.</translation>
    </message>
    <message>
        <source>修订…</source>
        <translation>Revise…</translation>
    </message>
    <message>
        <source>版本记录</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>附件…</source>
        <translation>Attachments…</translation>
    </message>
    <message>
        <source>打印摘要…</source>
        <translation>Print summary…</translation>
    </message>
    <message>
        <source>修订任务</source>
        <translation>Revision tasks</translation>
    </message>
    <message>
        <source>预案每三年评估一次（红色为已逾期）；每次修订记为新版本，旧版本可在“更多 → 版本记录”中查看。</source>
        <translation>Plans are reviewed every three years (red: overdue); each revision is a new version, older ones are under “More → Versions”.</translation>
    </message>
    <message>
        <source>请先在表格中选中一个预案。</source>
        <translation>Select a plan in the table first.</translation>
    </message>
    <message>
        <source>预案附件：{name}</source>
        <translation>Plan attachments: {name}</translation>
    </message>
    <message>
        <source>预案摘要：{name}</source>
        <translation>Plan summary: {name}</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>文件中原为：{text}</source>
        <translation>In the file: {text}</translation>
    </message>
    <message>
        <source>已改为：{text}（待重新检查）</source>
        <translation>Changed to: {text} (to be checked again)</translation>
    </message>
    <message>
        <source>台账中原为：{old}，导入后为：{new}</source>
        <translation>In the register: {old}; after the import: {new}</translation>
    </message>
    <message>
        <source>其他行改正后才能知道这一行会怎样导入</source>
        <translation>How this row imports is known once the other rows are corrected</translation>
    </message>
    <message>
        <source>正在检查</source>
        <translation>Checking</translation>
    </message>
</context>
<context>
    <name>PrintChoiceDialog</name>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>预览…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>保存为PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open containing folder</translation>
    </message>
    <message>
        <source>已保存到：{path}</source>
        <translation>Saved to: {path}</translation>
    </message>
</context>
<context>
    <name>ProblemsBox</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ProcessTab</name>
    <message>
        <source>演练经过概述</source>
        <translation>Course of the drill</translation>
    </message>
    <message>
        <source>过程记录（时间线）</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>发生了什么，例如 09:05 接警，队员集合完毕（回车添加）</source>
        <translation>What happened, e.g. 09:05 alarm received, team assembled (Enter adds)</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>现场照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>添加过程记录</source>
        <translation>Add timeline entry</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>是</source>
        <extracomment>The value the proxy sorts by (a number, an ordinal or a case-folded string). The row object itself, whatever the caller passed to ``set_rows``. A row&apos;s display texts, case-folded and joined (what the filter words are looked up in).</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>显示已归档</source>
        <extracomment>The check box that lists archived rows, unless a spec names it otherwise.</extracomment>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>新增…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>请先在表格中选中一行。</source>
        <translation>Select a row in the table first.</translation>
    </message>
    <message>
        <source>确定删除“%1”吗？</source>
        <translation>Delete &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>RegisterSpec</name>
    <message>
        <source>还没有{title}记录：点“{add}”或“导入…”</source>
        <extracomment>Bring an archived row back (shown as 恢复 while archived rows are shown). The button or menu Ctrl+P presses (default: the first whose text says 打印). Its page of the user guide (F1); empty: the one its navigation entry names. The one line an empty register shows (what to do first); empty: made from the title and the 新增/导入 buttons. The texts of ``extra_buttons`` that a 更多 menu holds instead of the row (rarely used ones, so the row fits a 1024×768 screen; 空白模板… is always there).</extracomment>
        <translation>{title}: nothing recorded yet. Click “{add}” or “Import…”</translation>
    </message>
    <message>
        <source>还没有{title}记录：点“{add}”</source>
        <translation>{title}: nothing recorded yet. Click “{add}”</translation>
    </message>
    <message>
        <source>还没有{title}记录：点“导入…”</source>
        <translation>{title}: nothing recorded yet. Click “Import…”</translation>
    </message>
    <message>
        <source>还没有{title}记录。</source>
        <translation>{title}: nothing recorded yet.</translation>
    </message>
</context>
<context>
    <name>ReminderTables</name>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>物资名称</source>
        <translation>Supply</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <source>储备定额</source>
        <translation>Reserve quota</translation>
    </message>
    <message>
        <source>库存</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>缺口</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>批次号</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>借用人/单位</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>借出日期</source>
        <translation>Lent on</translation>
    </message>
    <message>
        <source>应还日期</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>未还数量</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>结存</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>领用/借用人</source>
        <translation>Taken/borrowed by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>开始维修（转为“维修中”）</source>
        <translation>Start the repair (becomes “in repair”)</translation>
    </message>
    <message>
        <source>直接登记修复</source>
        <translation>Record as repaired</translation>
    </message>
    <message>
        <source>登记修复（转为“已修复”，恢复执勤/在用）</source>
        <translation>Record the repair (becomes “repaired”, back in service)</translation>
    </message>
    <message>
        <source>验收关闭（转为“已关闭”）</source>
        <translation>Accept and close (becomes “closed”)</translation>
    </message>
    <message>
        <source>推进维修单：{subject}</source>
        <translation>Advance repair: {subject}</translation>
    </message>
    <message>
        <source>{subject}&#x3000;报修于 {opened_on}
{problem}</source>
        <translation>{subject}  reported {opened_on}
{problem}</translation>
    </message>
    <message>
        <source>故障情况</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>当前状态</source>
        <translation>Current status</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>维修人/单位</source>
        <translation>Repaired by</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>修复日期</source>
        <translation>Repaired on</translation>
    </message>
    <message>
        <source>维修情况</source>
        <translation>Repair notes</translation>
    </message>
</context>
<context>
    <name>RepairStepDialog</name>
    <message>
        <source>已报修（已通知供水单位/归属单位）</source>
        <translation>Reported (the water company/owner was told)</translation>
    </message>
    <message>
        <source>维修中（水源显示“维修中”）</source>
        <translation>In repair (the source shows “in repair”)</translation>
    </message>
    <message>
        <source>已修复（水源恢复“可用”）</source>
        <translation>Repaired (the source is available again)</translation>
    </message>
    <message>
        <source>推进维修：{source_code} {source_name}</source>
        <translation>Advance repair: {source_code} {source_name}</translation>
    </message>
    <message>
        <source>{problem}
报修于 {opened_on}，期限 {value1}</source>
        <translation>{problem}
Reported {opened_on}, deadline {value1}</translation>
    </message>
    <message>
        <source>故障情况</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>当前状态</source>
        <translation>Current status</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>报修单位</source>
        <translation>Report to</translation>
    </message>
    <message>
        <source>维修期限</source>
        <translation>Repair deadline</translation>
    </message>
    <message>
        <source>修复日期</source>
        <translation>Repaired on</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>维修情况</source>
        <translation>Repair notes</translation>
    </message>
    <message>
        <source>这条维修已修复，不需要再推进</source>
        <translation>This repair is done; nothing to advance</translation>
    </message>
    <message>
        <source>修复日期不能早于报修日期</source>
        <translation>The repair date cannot be before the report date</translation>
    </message>
</context>
<context>
    <name>RepairsDialog</name>
    <message>
        <source>维修：{code} {name}</source>
        <translation>Repairs: {code} {name}</translation>
    </message>
    <message>
        <source>检查不合格会自动开具维修单。流程：待报修 → 已报修 → 维修中 → 已修复；全部维修单已修复后，水源自动恢复“可用”。</source>
        <translation>A failed check opens a repair order. Steps: to report → reported → in repair → repaired; when all are repaired the source is available again.</translation>
    </message>
    <message>
        <source>报修日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>故障情况</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>报修单位</source>
        <translation>Report to</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>修复日期</source>
        <translation>Repaired on</translation>
    </message>
    <message>
        <source>维修情况</source>
        <translation>Repair notes</translation>
    </message>
    <message>
        <source>推进…</source>
        <translation>Advance…</translation>
    </message>
    <message>
        <source>新开报修…</source>
        <translation>New repair…</translation>
    </message>
    <message>
        <source>水源当前状态：{status}&#x3000;&#x3000;未修复的维修单：{open_count} 张</source>
        <translation>Source status: {status}    open repairs: {open_count}</translation>
    </message>
    <message>
        <source>请先选中一张维修单。</source>
        <translation>Select a repair order first.</translation>
    </message>
    <message>
        <source>这张维修单已修复，无需再推进。</source>
        <translation>This repair order is done; nothing to advance.</translation>
    </message>
</context>
<context>
    <name>RepairsPage</name>
    <message>
        <source>维修</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>报修日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>器材</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>车辆/器材</source>
        <translation>Vehicle/equipment</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已停用天数</source>
        <translation>Days out</translation>
    </message>
    <message>
        <source>故障情况</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>维修人/单位</source>
        <translation>Repaired by</translation>
    </message>
    <message>
        <source>费用(元)</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <source>修复日期</source>
        <translation>Repaired on</translation>
    </message>
    <message>
        <source>维修情况</source>
        <translation>Repair notes</translation>
    </message>
    <message>
        <source>还没有维修单：车辆或器材检查有不合格项时，会自动开具维修单。</source>
        <translation>No repair orders yet: a vehicle or equipment check with a failed item opens one.</translation>
    </message>
    <message>
        <source>推进…</source>
        <translation>Advance…</translation>
    </message>
    <message>
        <source>显示已修复和已关闭</source>
        <translation>Show repaired and closed</translation>
    </message>
    <message>
        <source>检查不合格会自动开具维修单，车辆/器材同时转为“维修”。流程：待维修 → 维修中 → 已修复（恢复执勤/在用）→ 已关闭。选中一张单子点“推进…”。</source>
        <translation>A failed check opens a repair order and puts the vehicle/equipment under repair. Steps: to repair → in repair → repaired (back in service) → closed. Select an order and click “Advance…”.</translation>
    </message>
    <message>
        <source>这张维修单已关闭，无需再推进。</source>
        <translation>This repair order is closed; nothing to advance.</translation>
    </message>
    <message>
        <source>{subject} 已修复，状态恢复为“{outcome}”。</source>
        <translation>{subject} is repaired; its status is “{outcome}” again.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>月度通报</source>
        <translation>Monthly bulletin</translation>
    </message>
    <message>
        <source>工作总结</source>
        <translation>Work summary</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>预览、打印或保存为 PDF</source>
        <translation>Preview, print or save as PDF</translation>
    </message>
    <message>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>一页通报：当月各项工作的数字、存在的问题和下步工作要求（留空手写）。</source>
        <translation>A one-page bulletin: the month&apos;s figures for each kind of work, the problems found, and room to write the next steps by hand.</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>默认为本次（或上次）今冬明春行动：11月1日至次年3月31日；行动尚未结束时统计到今天。</source>
        <translation>By default the current (or last) winter-spring campaign: 1 November to 31 March; while it is still running, counted up to today.</translation>
    </message>
    <message>
        <source>导出工作总结</source>
        <translation>Export work summary</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
</context>
<context>
    <name>RestoreButton</name>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>把选中的已归档记录恢复为在用</source>
        <translation>Bring the selected archived record back into use</translation>
    </message>
    <message>
        <source>请先选中一条已归档的记录。</source>
        <translation>Select an archived record first.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>归还登记</source>
        <translation>Record return</translation>
    </message>
    <message>
        <source>{borrower} 借 {supply_name} {outstanding:g}{unit}（{lent_on} 借出，应还 {due_back}）</source>
        <translation>{borrower}: {outstanding:g} {unit} {supply_name} (lent {lent_on}, due {due_back})</translation>
    </message>
    <message>
        <source>{borrower} 借 {supply_name} {outstanding:g}{unit}（{lent_on} 借出）</source>
        <translation>{borrower}: {outstanding:g} {unit} {supply_name} (lent {lent_on})</translation>
    </message>
    <message>
        <source>借出记录</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>没有未归还的借用</source>
        <translation>No open loans</translation>
    </message>
    <message>
        <source>归还数量</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>归还日期</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>如有损坏或短少请注明</source>
        <translation>Note any damage or shortfall</translation>
    </message>
    <message>
        <source>请选择要归还的借出记录</source>
        <translation>Choose the loan being returned</translation>
    </message>
    <message>
        <source>数量应大于0</source>
        <translation>The quantity must be above 0</translation>
    </message>
</context>
<context>
    <name>ReviseDialog</name>
    <message>
        <source>修订预案：{name}（现为第{version_no}版）</source>
        <translation>Revise plan: {name} (now version {version_no})</translation>
    </message>
    <message>
        <source>保存后记为第{value1}版，旧版本仍可在“版本记录”中查看。修订后用“编辑…”修改预案内容，改动记入新版本。</source>
        <translation>Saved as version {value1}; old versions stay under Versions. Then use “Edit…” to change the plan; the changes go into the new version.</translation>
    </message>
    <message>
        <source>修订原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>请选择（应急预案管理办法第三十六条）</source>
        <translation>Choose (Emergency Plan Measures, art. 36)</translation>
    </message>
    <message>
        <source>具体说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>修订日期</source>
        <translation>Revised on</translation>
    </message>
    <message>
        <source>请选择修订原因</source>
        <translation>Choose the reason for the revision</translation>
    </message>
</context>
<context>
    <name>RevisionTasksDialog</name>
    <message>
        <source>预案修订任务</source>
        <translation>Plan revision tasks</translation>
    </message>
    <message>
        <source>演练发现重大问题时会生成修订任务。选中一项点“修订预案…”，记录新版本后任务即完成。</source>
        <translation>A major drill finding creates a revision task. Select one and click “Revise plan…”; recording the new version completes it.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>预案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>只看待修订</source>
        <translation>Open tasks only</translation>
    </message>
    <message>
        <source>修订预案…</source>
        <translation>Revise plan…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>修改“{name}”的角色</source>
        <translation>Change the role of “{name}”</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>战备等级</source>
        <translation>Alert level</translation>
    </message>
    <message>
        <source>带班领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>值班员</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>备勤</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{month}月{day}日</source>
        <translation>{month}/{day}</translation>
    </message>
    <message>
        <source>未排班</source>
        <translation>Not scheduled</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>值班表</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <source>一键排班</source>
        <translation>Auto-schedule</translation>
    </message>
    <message>
        <source>为本月尚未排班的日期自动排班，已排的日期保持不变</source>
        <translation>Schedule this month&apos;s unscheduled days; scheduled days stay as they are</translation>
    </message>
    <message>
        <source>编辑选中日…</source>
        <translation>Edit day…</translation>
    </message>
    <message>
        <source>修改表中选中那一天的带班领导、值班员和备勤（也可双击该行）</source>
        <translation>Change the selected day&apos;s leader, duty staff and standby (or double-click the row)</translation>
    </message>
    <message>
        <source>调班…</source>
        <translation>Swap…</translation>
    </message>
    <message>
        <source>清空未来排班…</source>
        <translation>Clear future days…</translation>
    </message>
    <message>
        <source>打印值班表…</source>
        <translation>Print roster…</translation>
    </message>
    <message>
        <source>每人值班次数（带班领导或值班员，不含备勤）：休息日（周末、节假日）和工作日分开计，一键排班时带班领导之间、队员之间各自均衡</source>
        <translation>Duties per person (as leader or on duty, not standby): rest days (weekends, holidays) and working days counted apart; Auto-schedule balances leaders among themselves and members among themselves</translation>
    </message>
    <message>
        <source>值班次数（休息日 / 工作日）</source>
        <translation>Duties (rest days / working days)</translation>
    </message>
    <message>
        <source>已排 {filled}/{count} 天</source>
        <translation>{filled}/{count} days scheduled</translation>
    </message>
    <message>
        <source>{count} 处需注意（{count2} 处违反规则）</source>
        <translation>{count} to check ({count2} break the rules)</translation>
    </message>
    <message>
        <source>无法排班</source>
        <translation>Cannot schedule</translation>
    </message>
    <message>
        <source>以下日期不能满足排班规则，本次没有保存任何排班：</source>
        <translation>These dates cannot meet the roster rules; nothing was saved:</translation>
    </message>
    <message>
        <source>请调整请假、队员“可任带班领导”或战备等级人数后再试。</source>
        <translation>Adjust leave, who can lead, or the alert levels&apos; staffing, then try again.</translation>
    </message>
    <message>
        <source>已排 {count} 天。请注意：</source>
        <translation>{count} days scheduled. Please note:</translation>
    </message>
    <message>
        <source>排班完成</source>
        <translation>Roster done</translation>
    </message>
    <message>
        <source>排班</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>本月每天都已排班，没有需要新排的日期。</source>
        <translation>Every day of this month is scheduled already.</translation>
    </message>
    <message>
        <source>请先选中一天。</source>
        <translation>Select a day first.</translation>
    </message>
    <message>
        <source>调班</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>本月没有今天以后的日期可清空（已过去的排班保留为记录）。</source>
        <translation>No days after today this month to clear (past days stay as records).</translation>
    </message>
    <message>
        <source>清空排班</source>
        <translation>Clear roster</translation>
    </message>
    <message>
        <source>清空 {month}月{day}日 起本月的排班，以便重新一键排班？</source>
        <translation>Clear this month&apos;s roster from {month}/{day} so that Auto-schedule can fill it again?</translation>
    </message>
    <message>
        <source>{year}年{month}月值班表</source>
        <translation>Duty roster {year}-{month}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>{year}年全国两会会期</source>
        <translation>NPC session {year}</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>例如 新华社闭幕报道</source>
        <translation>e.g. Xinhua&apos;s closing report</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已按公布的会期核对</source>
        <translation>Checked against the published dates</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>全国两会会期</source>
        <translation>NPC session dates</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>出处</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>恢复内置日期</source>
        <translation>Restore built-in dates</translation>
    </message>
    <message>
        <source>2015—2026年按新华社开幕、闭幕报道内置；以后的年份按惯例（3月4日至11日）预设并标“待核对”，会期公布后请点“编辑…”填写。载入冬春预设和尚未改动的“全国两会”战备时段使用这里的日期。</source>
        <translation>2015–2026 are built in from Xinhua&apos;s opening and closing reports; later years are preset as usual (4–11 March) and marked to be checked: click “Edit…” once the dates are published. The winter presets and untouched NPC alert periods use these dates.</translation>
    </message>
    <message>
        <source>{year}年的会期恢复为程序内置的日期（没有内置的年份为待核对）吗？</source>
        <translation>Restore the built-in dates for {year} (years without them are marked to be checked)?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>乡镇名称</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>打印在每张表的抬头</source>
        <translation>Printed at the head of every form</translation>
    </message>
    <message>
        <source>办公室</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>例如 镇应急办</source>
        <translation>e.g. Town Emergency Office</translation>
    </message>
    <message>
        <source>队伍名称</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>例如 综合应急救援队</source>
        <translation>e.g. Comprehensive Emergency Rescue Team</translation>
    </message>
    <message>
        <source>值班电话</source>
        <translation>Duty phone</translation>
    </message>
    <message>
        <source>印在值班表上</source>
        <translation>Printed on the duty roster</translation>
    </message>
    <message>
        <source>交接班时间</source>
        <translation>Shift change time</translation>
    </message>
    <message>
        <source>例如 08:30（每日24小时一班）</source>
        <translation>e.g. 08:30 (one 24-hour shift a day)</translation>
    </message>
    <message>
        <source>每位用户各自选择；重新启动后生效</source>
        <translation>Each user chooses their own; takes effect after a restart</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>每班值班员</source>
        <translation>On duty per shift</translation>
    </message>
    <message>
        <source>每班备勤</source>
        <translation>Standby per shift</translation>
    </message>
    <message>
        <source>标记颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>编辑等级…</source>
        <translation>Edit level…</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>战备等级与每班人数</source>
        <translation>Readiness levels and staff per shift</translation>
    </message>
    <message>
        <source>检查间隔、期限与阈值（双击修改；右侧为依据）</source>
        <translation>Check intervals, time limits and thresholds (double-click to change; the basis is on the right)</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>已修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>词表（导入时认得的词语）…</source>
        <translation>Vocabulary (words the import recognises)…</translation>
    </message>
    <message>
        <source>备份与恢复…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <source>用户…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <source>添加、停用用户，修改角色，重设密码（管理员）</source>
        <translation>Add or disable users, change roles, reset passwords (administrators)</translation>
    </message>
    <message>
        <source>界面语言已改为 {language}，重新启动救援台账后生效。</source>
        <translation>The language is now {language}; it takes effect when Rescue Ledger is started again.</translation>
    </message>
    <message>
        <source>修改规则</source>
        <translation>Change rule</translation>
    </message>
    <message>
        <source>{label}（{unit}）
依据：{source}
默认值：{default}</source>
        <translation>{label} ({unit})
Basis: {source}
Default: {default}</translation>
    </message>
    <message>
        <source>规则未能保存，请重试。</source>
        <translation>The rule could not be saved; please try again.</translation>
    </message>
    <message>
        <source>正在按新规则更新到期日期…</source>
        <translation>Updating due dates to the new rule…</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Check date</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>不合格 {failed}</source>
        <translation>failed {failed}</translation>
    </message>
    <message>
        <source>未查</source>
        <translation>Not checked</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>编辑重点场所</source>
        <translation>Edit key site</translation>
    </message>
    <message>
        <source>新增重点场所</source>
        <translation>New key site</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>例如 镇中心小学</source>
        <translation>e.g. town central school</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>所属村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>经度</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>例如 105.93（可不填）</source>
        <translation>e.g. 105.93 (optional)</translation>
    </message>
    <message>
        <source>纬度</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>例如 29.81（可不填）</source>
        <translation>e.g. 29.81 (optional)</translation>
    </message>
    <message>
        <source>坐标系</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>WGS84（GPS、奥维）</source>
        <translation>WGS84 (GPS, Ovital)</translation>
    </message>
    <message>
        <source>GCJ-02（高德、腾讯）</source>
        <translation>GCJ-02 (Amap, Tencent)</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>例如 13800000000</source>
        <translation>e.g. 13800000000</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>not given</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>水源：{code} {name}</source>
        <translation>Water source: {code} {name}</translation>
    </message>
    <message>
        <source>新增水源</source>
        <translation>New water source</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>例如 XHS-001</source>
        <translation>e.g. XHS-001</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>所属村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>经度</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>例如 105.93（可不填）</source>
        <translation>e.g. 105.93 (optional)</translation>
    </message>
    <message>
        <source>纬度</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>例如 29.81（可不填）</source>
        <translation>e.g. 29.81 (optional)</translation>
    </message>
    <message>
        <source>坐标系</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>WGS84（GPS、奥维）</source>
        <translation>WGS84 (GPS, Ovital)</translation>
    </message>
    <message>
        <source>GCJ-02（高德、腾讯）</source>
        <translation>GCJ-02 (Amap, Tencent)</translation>
    </message>
    <message>
        <source>水源归属/供水单位</source>
        <translation>Owner/water company</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>管辖队站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>可用状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>建成日期</source>
        <translation>Built on</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>检查、维修和流量测试</source>
        <translation>Checks, repairs and flow tests</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>新水源：保存后可添加照片、录入检查和流量测试。</source>
        <translation>New source: after saving, photos, checks and flow tests can be added.</translation>
    </message>
    <message>
        <source>上次检查：{value1}</source>
        <translation>Last check: {value1}</translation>
    </message>
    <message>
        <source>下次检查：{value1}（按检查间隔自动计算）</source>
        <translation>Next check: {value1} (from the check interval)</translation>
    </message>
    <message>
        <source>流量等级：{value1}</source>
        <translation>Flow class: {value1}</translation>
    </message>
    <message>
        <source>未测试</source>
        <translation>Not tested</translation>
    </message>
    <message>
        <source>录入：{created_by} {created_at:%Y-%m-%d}</source>
        <translation>Entered by {created_by} {created_at:%Y-%m-%d}</translation>
    </message>
    <message>
        <source>{source_type}参数</source>
        <translation>{source_type} details</translation>
    </message>
</context>
<context>
    <name>StocktakeDialog</name>
    <message>
        <source>盘点</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>在“实盘数量”一栏填写清点到的数量（双击或直接输入），没清点的留空。确定后，与账面不一致的物资自动登记“盘点调整”。</source>
        <translation>Enter the counted quantity in the &quot;Counted&quot; column (double-click or just type); leave items not counted empty. On OK, supplies that differ from the books get a &quot;stocktake adjustment&quot;.</translation>
    </message>
    <message>
        <source>打印盘点表…</source>
        <translation>Print stocktake sheet…</translation>
    </message>
    <message>
        <source>盘点日期</source>
        <translation>Stocktake date</translation>
    </message>
    <message>
        <source>盘点人</source>
        <translation>Counted by</translation>
    </message>
    <message>
        <source>已填 {n} 项，其中 {d} 项与账面不一致。</source>
        <translation>Filled in: {n}; differing from the books: {d}.</translation>
    </message>
    <message>
        <source>还没有填写任何实盘数量。</source>
        <translation>No counted quantity entered yet.</translation>
    </message>
    <message>
        <source>物资盘点表</source>
        <translation>Stocktake sheet</translation>
    </message>
</context>
<context>
    <name>StocktakeModel</name>
    <message>
        <source>物资名称</source>
        <translation>Supply</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <source>账面数量</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>实盘数量</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>差异</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>SuppliesPage</name>
    <message>
        <source>物资储备</source>
        <translation>Supplies in store</translation>
    </message>
    <message>
        <source>物资</source>
        <translation>Supply</translation>
    </message>
    <message>
        <source>批次与有效期</source>
        <translation>Batches and expiry</translation>
    </message>
    <message>
        <source>短缺</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>临期</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>未归还借用</source>
        <translation>Open loans</translation>
    </message>
    <message>
        <source>出入库流水</source>
        <translation>Movements</translation>
    </message>
    <message>
        <source>物资名称</source>
        <translation>Supply</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <source>储备定额</source>
        <translation>Reserve quota</translation>
    </message>
    <message>
        <source>库存</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>缺口</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>借出未还</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>含已归档</source>
        <translation>Include archived</translation>
    </message>
    <message>
        <source>在“物资”表中列出已归档的物资（灰色行）</source>
        <translation>List archived supplies in the &quot;Supplies&quot; table (grey rows)</translation>
    </message>
    <message>
        <source>入库…</source>
        <translation>Receive…</translation>
    </message>
    <message>
        <source>出库…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>借出…</source>
        <translation>Lend…</translation>
    </message>
    <message>
        <source>归还…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>报废…</source>
        <translation>Write off…</translation>
    </message>
    <message>
        <source>盘点…</source>
        <translation>Stocktake…</translation>
    </message>
    <message>
        <source>库存低于储备定额的整行标红；临期批次按“到期提醒”的底色标出：已过期、{soon} 天内、{later} 天内各一色；逾期未还的借用红字。流水显示最近 500 笔。</source>
        <translation>Rows below the reserve quota are red; expiring batches take the backgrounds of the Due reminders rules: expired, within {soon} days and within {later} days each have their own; loans overdue for return are in red text. The journal shows the latest 500 moves.</translation>
    </message>
    <message>
        <source>新增物资…</source>
        <translation>New supply…</translation>
    </message>
    <message>
        <source>编辑物资…</source>
        <translation>Edit supply…</translation>
    </message>
    <message>
        <source>删除物资</source>
        <translation>Delete supply</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>物资储备台账…</source>
        <translation>Supplies register…</translation>
    </message>
    <message>
        <source>盘点表（空白实盘栏）…</source>
        <translation>Stocktake sheet (blank counts)…</translation>
    </message>
    <message>
        <source>战备状态报告…</source>
        <translation>Readiness report…</translation>
    </message>
    <message>
        <source>{name}（{count}）</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>还没有物资，请先点“新增物资…”。</source>
        <translation>No supplies yet: click “New supply…” first.</translation>
    </message>
    <message>
        <source>归还</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>目前没有未归还的借用。</source>
        <translation>There are no open loans.</translation>
    </message>
    <message>
        <source>盘点</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>盘点已登记：{n} 项与账面不一致，已记“盘点调整”。</source>
        <translation>Stocktake recorded: {n} items differed from the books and were adjusted.</translation>
    </message>
    <message>
        <source>盘点已登记：实盘与账面一致，无需调整。</source>
        <translation>Stocktake recorded: the counts match the books.</translation>
    </message>
    <message>
        <source>请先在“物资”表中选中一种物资。</source>
        <translation>Select a supply in the Supplies table first.</translation>
    </message>
    <message>
        <source>确定删除“{name}”吗？</source>
        <translation>Delete “{name}”?</translation>
    </message>
    <message>
        <source>{name} 有出入库记录</source>
        <translation>{name} has stock movements</translation>
    </message>
    <message>
        <source>物资储备台账</source>
        <translation>Supplies register</translation>
    </message>
    <message>
        <source>物资盘点表</source>
        <translation>Stocktake sheet</translation>
    </message>
    <message>
        <source>战备状态报告</source>
        <translation>Readiness report</translation>
    </message>
</context>
<context>
    <name>SupplyDialog</name>
    <message>
        <source>编辑物资</source>
        <translation>Edit supply</translation>
    </message>
    <message>
        <source>新增物资</source>
        <translation>New supply</translation>
    </message>
    <message>
        <source>物资名称</source>
        <translation>Supply</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>件、箱、桶、袋…</source>
        <translation>piece, box, drum, bag…</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <source>储备定额</source>
        <translation>Reserve quota</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>开始普查</source>
        <translation>Start survey</translation>
    </message>
    <message>
        <source>普查名称</source>
        <translation>Survey name</translation>
    </message>
    <message>
        <source>例如 {year}年冬季消防水源普查</source>
        <translation>e.g. {year} winter fire water survey</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>普查人员</source>
        <translation>Surveyors</translation>
    </message>
    <message>
        <source>例如 张三、李四</source>
        <translation>e.g. Zhang San, Li Si</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>水源类型</source>
        <translation>Source type</translation>
    </message>
    <message>
        <source>村（社区）和类型都不勾选时，普查全部在用水源。</source>
        <translation>With no village or type ticked, all sources in use are surveyed.</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>普查</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>开始一次普查后，按村（社区）列出要走访的水源。打印现场表带到现场填写，回来后双击水源录入结果；全部录完后“结束普查”，打印普查报告上报。</source>
        <translation>A survey lists the sources to visit by village. Print the field sheet, fill it in on site, then double-click each source to enter its result; when all are in, click “Finish survey” and print the report.</translation>
    </message>
    <message>
        <source>普查名称</source>
        <translation>Survey name</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>普查人员</source>
        <translation>Surveyors</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>范围/总结</source>
        <translation>Scope/summary</translation>
    </message>
    <message>
        <source>开始普查…</source>
        <translation>Start survey…</translation>
    </message>
    <message>
        <source>录入结果…</source>
        <translation>Enter result…</translation>
    </message>
    <message>
        <source>打印现场表</source>
        <translation>Print field sheet</translation>
    </message>
    <message>
        <source>结束普查…</source>
        <translation>Finish survey…</translation>
    </message>
    <message>
        <source>打印普查报告</source>
        <translation>Print survey report</translation>
    </message>
    <message>
        <source>已查 %v / %m 处</source>
        <translation>%v / %m checked</translation>
    </message>
    <message>
        <source>只看未查</source>
        <translation>Unchecked only</translation>
    </message>
    <message>
        <source>这次普查已结束，不能再录入结果。</source>
        <translation>This survey is finished; no more results can be entered.</translation>
    </message>
    <message>
        <source>请先在下面的清单中选中一处水源。</source>
        <translation>Select a source in the list below first.</translation>
    </message>
    <message>
        <source>还有 {value1} 处未查。</source>
        <translation>{value1} still unchecked.</translation>
    </message>
    <message>
        <source>已全部查完。</source>
        <translation>All checked.</translation>
    </message>
    <message>
        <source>结束普查</source>
        <translation>Finish survey</translation>
    </message>
    <message>
        <source>结束“{name}”吗？{left}
结束后不能再录入结果。</source>
        <translation>Finish “{name}”? {left}
No results can be entered afterwards.</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>普查已结束。
{text}

现在打印普查报告吗？</source>
        <translation>The survey is finished.
{text}

Print the survey report now?</translation>
    </message>
    <message>
        <source>{name} 现场表</source>
        <translation>{name} field sheet</translation>
    </message>
    <message>
        <source>{name} 普查报告</source>
        <translation>{name} report</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <source>调班（交换两天的人员）</source>
        <translation>Swap (exchange two days&apos; people)</translation>
    </message>
    <message>
        <source>{month}月{day}日 {weekday_text}</source>
        <translation>{month}/{day} {weekday_text}</translation>
    </message>
    <message>
        <source>第一天</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <source>第二天</source>
        <translation>Second day</translation>
    </message>
    <message>
        <source>交换</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>取消</source>
        <extracomment>Minimum seconds between two progress signals (the last step always goes through).</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TeamTable</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>带班</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>驾驶员</source>
        <translation>Driver</translation>
    </message>
</context>
<context>
    <name>TypeFields</name>
    <message>
        <source>（这种水源没有专门参数）</source>
        <translation>(this kind of source has no details of its own)</translation>
    </message>
</context>
<context>
    <name>UndoAction</name>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>不能撤销</source>
        <translation>Cannot undo</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>添加用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>第一个用户必须是管理员；添加后，打开程序需要登录。</source>
        <translation>The first user must be an administrator; once added, the program asks to sign in.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>查看员：查看、打印、导出；办事员：另可录入、修改、删除和导入记录；管理员：另可修改设置、规则、词表、用户和恢复备份。没有用户时不需要登录。</source>
        <translation>Viewer: view, print, export. Clerk: also enter, edit, delete and import records. Administrator: also change settings, rules, word lists and users, and restore backups. With no users, nobody signs in.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>连续输错</source>
        <translation>Failed tries</translation>
    </message>
    <message>
        <source>添加用户…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>修改角色…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>请先在表格中选中一个用户。</source>
        <translation>Select a user in the table first.</translation>
    </message>
    <message>
        <source>已重设“{name}”的密码。</source>
        <translation>The password of “{name}” was reset.</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>水罐消防车</source>
        <extracomment>The usual vehicle types (stored in Chinese as shown in the Chinese window; a type may be typed).</extracomment>
        <translation>Water tender</translation>
    </message>
    <message>
        <source>泡沫消防车</source>
        <translation>Foam tender</translation>
    </message>
    <message>
        <source>抢险救援车</source>
        <translation>Rescue vehicle</translation>
    </message>
    <message>
        <source>森林消防车</source>
        <translation>Forest fire engine</translation>
    </message>
    <message>
        <source>皮卡/运兵车</source>
        <translation>Pickup / crew carrier</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>编辑车辆</source>
        <translation>Edit vehicle</translation>
    </message>
    <message>
        <source>新增车辆</source>
        <translation>New vehicle</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>例如 川A·12345</source>
        <translation>e.g. [province]A·12345</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>水罐容量</source>
        <translation>Water tank</translation>
    </message>
    <message>
        <source>泡沫容量</source>
        <translation>Foam tank</translation>
    </message>
    <message>
        <source>水泵流量</source>
        <translation>Pump flow</translation>
    </message>
    <message>
        <source>启用日期</source>
        <translation>In service since</translation>
    </message>
    <message>
        <source>里程</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>保险到期</source>
        <translation>Insurance due</translation>
    </message>
    <message>
        <source>年检到期</source>
        <translation>Inspection due</translation>
    </message>
    <message>
        <source>随车器材</source>
        <translation>Vehicle kit</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>VehiclesPage</name>
    <message>
        <source>{plate} 有检查或维修记录</source>
        <translation>{plate} has checks or repairs</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>未结维修单</source>
        <translation>Open repairs</translation>
    </message>
    <message>
        <source>{count} 项</source>
        <translation>{count} items</translation>
    </message>
    <message>
        <source>随车器材</source>
        <translation>Vehicle kit</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>还没有车辆：点“新增…”登记车辆，或点“导入…”导入车辆台账。</source>
        <translation>No vehicles yet: click “New…”, or “Import…” to import a vehicle register.</translation>
    </message>
    <message>
        <source>检查…</source>
        <translation>Check…</translation>
    </message>
    <message>
        <source>履历</source>
        <translation>History</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>本车最近一次检查记录…</source>
        <translation>This vehicle&apos;s latest check…</translation>
    </message>
    <message>
        <source>本车空白例行检查表…</source>
        <translation>Blank routine check form for this vehicle…</translation>
    </message>
    <message>
        <source>战备状态报告…</source>
        <translation>Readiness report…</translation>
    </message>
    <message>
        <source>红色日期为已超期，橙色为两周内到期。例行检查每日交接班及出车归队后进行；检查有不合格项时车辆自动转为“维修”并开具维修单。</source>
        <translation>Red dates are overdue, orange due within two weeks. Routine checks happen at each handover and after each call-out; a failed item puts the vehicle under repair and opens a repair order.</translation>
    </message>
    <message>
        <source>请先在表格中选中一辆车。</source>
        <translation>Select a vehicle in the table first.</translation>
    </message>
    <message>
        <source>车辆履历：{plate}</source>
        <translation>Vehicle history: {plate}</translation>
    </message>
    <message>
        <source>{plate} 还没有检查记录，可先打印空白表到现场填写。</source>
        <translation>{plate} has no checks yet; print a blank form to fill in on site.</translation>
    </message>
    <message>
        <source>消防车辆例行检查表</source>
        <translation>Fire vehicle routine check form</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>版本记录：{name}</source>
        <translation>Versions: {name}</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>第{n}版</source>
        <translation>v{n}</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
</context>
<context>
    <name>VocabDialog</name>
    <message>
        <source>词表</source>
        <translation>Word lists</translation>
    </message>
    <message>
        <source>固定取值，可加同义词</source>
        <translation>Fixed values; synonyms can be added</translation>
    </message>
    <message>
        <source>本单位可添加</source>
        <translation>The office can add values</translation>
    </message>
    <message>
        <source>{title}（{kind}）</source>
        <translation>{title} ({kind})</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>词语</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>表示</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>添加取值…</source>
        <translation>Add value…</translation>
    </message>
    <message>
        <source>添加同义词…</source>
        <translation>Add synonym…</translation>
    </message>
    <message>
        <source>改名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>合并到…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>删除本单位词语</source>
        <translation>Delete office word</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>导入时遇到新的词语会自动加入此列表；改名或合并会同时修改已有记录。</source>
        <translation>New words met in an import are added to this list; renaming or merging also changes the existing records.</translation>
    </message>
    <message>
        <source>这些取值决定检查周期、可用状态等规则，不能增减；本单位台账里的其他写法可添加为同义词，下次导入即可识别。</source>
        <translation>These values drive rules such as check intervals and availability and cannot be added or removed; the office&apos;s other spellings can be added as synonyms, recognised at the next import.</translation>
    </message>
    <message>
        <source>请先在列表中选中一个取值。</source>
        <translation>Select a value in the list first.</translation>
    </message>
    <message>
        <source>添加取值</source>
        <translation>Add value</translation>
    </message>
    <message>
        <source>新的取值：</source>
        <translation>New value:</translation>
    </message>
    <message>
        <source>添加同义词</source>
        <translation>Add synonym</translation>
    </message>
    <message>
        <source>本单位台账中的写法：</source>
        <translation>Spelling in the office&apos;s registers:</translation>
    </message>
    <message>
        <source>“{written}”表示：</source>
        <translation>“{written}” means:</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>“{old}”改为：</source>
        <translation>Rename “{old}” to:</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>把“{source}”合并到：</source>
        <translation>Merge “{source}” into:</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>只能删除本单位添加的取值或同义词。</source>
        <translation>Only values or synonyms the office added can be deleted.</translation>
    </message>
</context>
<context>
    <name>WaterPage</name>
    <message>
        <source>全部（不论到期）</source>
        <translation>All (any due date)</translation>
    </message>
    <message>
        <source>{days}天内到期和已超期</source>
        <translation>Due within {days} days or overdue</translation>
    </message>
    <message>
        <source>只看已超期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>水源台账</source>
        <translation>Water sources</translation>
    </message>
    <message>
        <source>一处水源</source>
        <translation>a water source</translation>
    </message>
    <message>
        <source>处</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>还没有水源：点“新增…”逐处登记，或点“导入…”导入水源台账。</source>
        <translation>No water sources yet: click “New…” to add them one by one, or “Import…” to import a register.</translation>
    </message>
    <message>
        <source>查找编号、名称、地址或村社…</source>
        <translation>Code, name, address, village…</translation>
    </message>
    <message>
        <source>{code} 已有检查或维修记录</source>
        <translation>{code} has checks or repairs</translation>
    </message>
    <message>
        <source>检查/保养</source>
        <translation>Check/maintain</translation>
    </message>
    <message>
        <source>检查…</source>
        <translation>Check…</translation>
    </message>
    <message>
        <source>巡查…</source>
        <translation>Patrol…</translation>
    </message>
    <message>
        <source>保养（除锈、注油、清淤、补水）…</source>
        <translation>Maintenance (derust, oil, dredge, refill)…</translation>
    </message>
    <message>
        <source>流量测试…</source>
        <translation>Flow test…</translation>
    </message>
    <message>
        <source>维修…</source>
        <translation>Repair…</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>今天可用（不含枯水期）</source>
        <translation>Usable today (not in dry season)</translation>
    </message>
    <message>
        <source>今天不可用（含枯水期）</source>
        <translation>Not usable today (incl. dry season)</translation>
    </message>
    <message>
        <source>全部村社</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>下次检查日期按“设置”中的检查间隔自动计算：红色为已超期，橙色为{days}天内到期。检查发现不合格时水源自动转为“故障”并开具维修单。双击一行查看或编辑。</source>
        <translation>The next check date follows the check intervals in &quot;Settings&quot;: red is overdue, orange is due within {days} days. A failed check marks the source &quot;Faulty&quot; and opens a repair ticket. Double-click a row to view or edit it.</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>WordChoices</name>
    <message>
        <source>— 请选择 —</source>
        <translation>— Choose —</translation>
    </message>
    <message>
        <source>作为新词加入</source>
        <translation>Add as a new word</translation>
    </message>
    <message>
        <source>“{title}”的取值是固定的，请选择它的意思</source>
        <translation>The values of &quot;{title}&quot; are fixed; choose what it means</translation>
    </message>
    <message>
        <source>“{title}”中还没有这个词：可作为新词加入，或选择它的意思</source>
        <translation>&quot;{title}&quot; does not have this word yet: add it as a new word, or choose what it means</translation>
    </message>
</context>
<context>
    <name>_SignedIn</name>
    <message>
        <source>无权限</source>
        <translation>Not allowed</translation>
    </message>
</context>
<context>
    <name>common.attachments</name>
    <message>
        <source>打开附件</source>
        <translation>Open attachment</translation>
    </message>
    <message>
        <source>附件“{original_name}”的文件已不在数据文件夹中。</source>
        <translation>The file of the attachment “{original_name}” is no longer in the data folder.</translation>
    </message>
    <message>
        <source>没有能打开“{original_name}”的程序。</source>
        <translation>No program can open “{original_name}”.</translation>
    </message>
</context>
<context>
    <name>common.excel</name>
    <message>
        <source>导入{register_title}</source>
        <translation>Import {register_title}</translation>
    </message>
    <message>
        <source>无法读取“{name}”：{error_sentence}</source>
        <translation>Cannot read “{name}”: {error_sentence}</translation>
    </message>
    <message>
        <source>正在读取 {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>导出{register_title}</source>
        <translation>Export {register_title}</translation>
    </message>
    <message>
        <source>已导出 {n} 行到 {path}</source>
        <translation>Exported {n} rows to {path}</translation>
    </message>
    <message>
        <source>{register_title}导入模板</source>
        <translation>{register_title} import template</translation>
    </message>
    <message>
        <source>已生成 {name}</source>
        <translation>Created {name}</translation>
    </message>
</context>
<context>
    <name>common.history</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>改动（原值 → 新值）</source>
        <translation>Changes (before → after)</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>历史</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>common.import_dialog</name>
    <message>
        <source>出错了（{name}），未写入任何数据。</source>
        <translation>Something went wrong ({name}); nothing was written.</translation>
    </message>
</context>
<context>
    <name>common.import_model</name>
    <message>
        <source>（空）</source>
        <extracomment>The spreadsheet row number of a row (any column). The column key of a cell (&quot;&quot; for the status column).</extracomment>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>第{row}行</source>
        <extracomment>The problem itself (a ``db.xlsx.Problem``).</extracomment>
        <translation>Row {row}</translation>
    </message>
    <message>
        <source>「{column}」</source>
        <translation>“{column}”</translation>
    </message>
    <message>
        <source>{where}{column}</source>
        <translation>{where} {column}</translation>
    </message>
    <message>
        <source>{place}：{message}</source>
        <translation>{place}: {message}</translation>
    </message>
</context>
<context>
    <name>common.import_words</name>
    <message>
        <source>（第{row_list}行）</source>
        <translation>(row {row_list})</translation>
    </message>
    <message>
        <source>（第{shown}行等 {count} 行）</source>
        <translation>(rows {shown} and others, {count} rows)</translation>
    </message>
</context>
<context>
    <name>common.restore</name>
    <message>
        <source>已归档（勾选“{toggle_text}”可查看和恢复）</source>
        <extracomment>How an archived row looks on every page: its status text and its background.</extracomment>
        <translation>Archived (tick “{toggle_text}” to see and restore it)</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>办事员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>查看员</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>无权限：{who}只能查看、打印和导出，不能修改{what}。</source>
        <translation>Not allowed: {who} may only view, print and export, not change {what}.</translation>
    </message>
    <message>
        <source>无权限：本数据库已设置用户，请先登录。</source>
        <translation>Not allowed: this database has users; please sign in first.</translation>
    </message>
    <message>
        <source>{role}“{user}”</source>
        <translation>{role} “{user}”</translation>
    </message>
    <message>
        <source>无权限：{who}不能修改{what}（需要管理员）。</source>
        <translation>Not allowed: {who} may not change {what} (an administrator is needed).</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>records</translation>
    </message>
    <message>
        <source>设置、规则、词表、用户</source>
        <translation>settings, rules, word lists or users</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>预案名称</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <source>预案类型</source>
        <translation>Plan type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>这次演练已被删除</source>
        <translation>This drill has been deleted</translation>
    </message>
    <message>
        <source>请填写演练日期和时间</source>
        <translation>Please enter the drill date and time</translation>
    </message>
    <message>
        <source>人数不能为负数</source>
        <translation>The number of people cannot be negative</translation>
    </message>
    <message>
        <source>还未到演练日期，不能标记为已实施</source>
        <translation>The drill date has not come yet; it cannot be marked as held</translation>
    </message>
    <message>
        <source>找不到这个场所</source>
        <translation>This site was not found</translation>
    </message>
    <message>
        <source>找不到这个预案</source>
        <translation>This plan was not found</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>评估结论</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>评估人</source>
        <translation>Evaluators</translation>
    </message>
    <message>
        <source>找不到演练 #{drill_id}</source>
        <translation>Drill #{drill_id} not found</translation>
    </message>
    <message>
        <source>演练名称</source>
        <translation>Drill name</translation>
    </message>
    <message>
        <source>演练类型</source>
        <translation>Drill type</translation>
    </message>
    <message>
        <source>找不到队员 #{mid}</source>
        <translation>Member #{mid} not found</translation>
    </message>
    <message>
        <source>评估项目重复</source>
        <translation>This evaluation item is given twice</translation>
    </message>
    <message>
        <source>评价只能是：{options}</source>
        <translation>The rating must be one of: {options}</translation>
    </message>
    <message>
        <source>评估日期不能早于演练日期</source>
        <translation>The evaluation date cannot be earlier than the drill date</translation>
    </message>
    <message>
        <source>出勤情况</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>得分应在 0 到 100 之间</source>
        <translation>The score must be between 0 and 100</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>坐标系</source>
        <translation>Coordinate system</translation>
    </message>
    <message>
        <source>交班人</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>接班人</source>
        <translation>Taken over by</translation>
    </message>
    <message>
        <source>这名队员已被删除</source>
        <translation>This member has been deleted</translation>
    </message>
    <message>
        <source>这条请假记录已被删除</source>
        <translation>This leave record has been deleted</translation>
    </message>
    <message>
        <source>请选择队员</source>
        <translation>Please choose a member</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>入队日期</source>
        <translation>Joining date</translation>
    </message>
    <message>
        <source>已有同名队员“{name}”，请加以区分（如 张伟(大)）</source>
        <translation>There is already a member named “{name}”; please tell them apart (e.g. Zhang Wei (senior))</translation>
    </message>
    <message>
        <source>找不到队员 #{member_id}</source>
        <translation>Member #{member_id} not found</translation>
    </message>
    <message>
        <source>这条记录已被其他人修改过，请关闭后重新打开再保存（您的修改未保存）。</source>
        <translation>Someone else has changed this record; please close it, open it again and save (your changes were not saved).</translation>
    </message>
    <message>
        <source>不知道这条记录是在哪个版本上修改的，为免覆盖别人的修改，没有保存。请关闭后重新打开再保存。</source>
        <translation>It is not known which version of this record was changed, so it was not saved, to avoid overwriting someone else&apos;s changes. Please close it, open it again and save.</translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation>Check item</translation>
    </message>
    <message>
        <source>请选择车辆或器材</source>
        <translation>Please choose a vehicle or an item of equipment</translation>
    </message>
    <message>
        <source>检查类别只能是：{options}</source>
        <translation>The check kind must be one of: {options}</translation>
    </message>
    <message>
        <source>请填写检查日期</source>
        <translation>Please enter the check date</translation>
    </message>
    <message>
        <source>检查日期不能晚于今天</source>
        <translation>The check date cannot be later than today</translation>
    </message>
    <message>
        <source>检查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>“{text}”：清点数量不能为负数</source>
        <translation>“{text}”: the counted number cannot be negative</translation>
    </message>
    <message>
        <source>找不到检查记录 #{check_id}</source>
        <translation>Check #{check_id} not found</translation>
    </message>
    <message>
        <source>找不到车辆 #{target_id}</source>
        <translation>Vehicle #{target_id} not found</translation>
    </message>
    <message>
        <source>找不到器材 #{target_id}</source>
        <translation>Equipment #{target_id} not found</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>生产日期</source>
        <translation>Date made</translation>
    </message>
    <message>
        <source>上次检验日期</source>
        <translation>Last test date</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>总体应急预案</source>
        <translation>General emergency plan</translation>
    </message>
    <message>
        <source>专项应急预案</source>
        <translation>Special emergency plan</translation>
    </message>
    <message>
        <source>现场处置方案</source>
        <translation>On-site response plan</translation>
    </message>
    <message>
        <source>灭火应急预案</source>
        <translation>Firefighting plan</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>审核中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>已发布</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>已废止</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>综合实战演练</source>
        <translation>Full-scale field drill</translation>
    </message>
    <message>
        <source>综合桌面演练</source>
        <translation>Full-scale tabletop drill</translation>
    </message>
    <message>
        <source>单项实战演练</source>
        <translation>Single-task field drill</translation>
    </message>
    <message>
        <source>单项桌面演练</source>
        <translation>Single-task tabletop drill</translation>
    </message>
    <message>
        <source>熟悉演练</source>
        <translation>Familiarisation drill</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>已实施</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>已评估</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <source>出席</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>演练执行情况</source>
        <translation>How the drill was carried out</translation>
    </message>
    <message>
        <source>预案的合理性与可操作性</source>
        <translation>Soundness and workability of the plan</translation>
    </message>
    <message>
        <source>指挥协调和应急联动情况</source>
        <translation>Command, coordination and joint response</translation>
    </message>
    <message>
        <source>应急人员的处置情况</source>
        <translation>Response of the emergency staff</translation>
    </message>
    <message>
        <source>演练所用设备装备的适用性</source>
        <translation>Suitability of the equipment used</translation>
    </message>
    <message>
        <source>对完善预案、应急准备等的改进建议</source>
        <translation>Suggestions for the plan and preparedness</translation>
    </message>
    <message>
        <source>基本合格</source>
        <translation>Mostly passed</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>待整改</source>
        <translation>To fix</translation>
    </message>
    <message>
        <source>整改中</source>
        <translation>Being fixed</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>计划演练（日期已过，未记录实施）</source>
        <translation>Planned drill (date passed, not recorded as held)</translation>
    </message>
    <message>
        <source>预案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>演练</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>演练（无发布日期和演练记录）</source>
        <translation>Drill (no issue date and no drill recorded)</translation>
    </message>
    <message>
        <source>预案评估</source>
        <translation>Plan evaluation</translation>
    </message>
    <message>
        <source>整改</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>计划演练</source>
        <translation>Planned drill</translation>
    </message>
    <message>
        <source>这条整改问题已被删除</source>
        <translation>This finding has been deleted</translation>
    </message>
    <message>
        <source>请选择演练</source>
        <translation>Choose a drill</translation>
    </message>
    <message>
        <source>责任人不能超过40个字</source>
        <translation>The owner can have at most 40 characters</translation>
    </message>
    <message>
        <source>找不到整改问题 #{id}</source>
        <translation>Finding #{id} was not found</translation>
    </message>
    <message>
        <source>请填写整改完成日期</source>
        <translation>Enter the date the fix was done</translation>
    </message>
    <message>
        <source>请填写整改证明（复查情况、照片或文件）</source>
        <translation>Enter the evidence of the fix (re-check, photo or document)</translation>
    </message>
    <message>
        <source>这次演练没有关联预案，无法发起预案修订；请先在演练中选择依据预案</source>
        <translation>This drill has no plan, so no plan revision can be started; choose the plan it follows in the drill first</translation>
    </message>
    <message>
        <source>这条问题已整改完毕</source>
        <translation>This finding has already been fixed</translation>
    </message>
    <message>
        <source>完成日期不能晚于今天</source>
        <translation>The date it was done cannot be later than today</translation>
    </message>
    <message>
        <source>完成日期不能早于演练日期</source>
        <translation>The date it was done cannot be before the drill</translation>
    </message>
    <message>
        <source>这个预案已被删除</source>
        <translation>This plan has been deleted</translation>
    </message>
    <message>
        <source>已发布的预案请填写发布日期</source>
        <translation>Enter the issue date of an issued plan</translation>
    </message>
    <message>
        <source>修订原因只能是：{options}</source>
        <translation>The reason for the revision must be one of: {options}</translation>
    </message>
    <message>
        <source>请写明修订的具体原因</source>
        <translation>Write down the reason for the revision</translation>
    </message>
    <message>
        <source>不能修改：{fields}</source>
        <translation>These cannot be changed: {fields}</translation>
    </message>
    <message>
        <source>找不到场所 #{id}</source>
        <translation>Site #{id} was not found</translation>
    </message>
    <message>
        <source>找不到预案 #{id}</source>
        <translation>Plan #{id} was not found</translation>
    </message>
    <message>
        <source>不是评估项目：{item}</source>
        <translation>Not an evaluation item: {item}</translation>
    </message>
    <message>
        <source>这个场所已被删除</source>
        <translation>This site has been deleted</translation>
    </message>
    <message>
        <source>经度和纬度应同时填写或同时留空</source>
        <translation>Enter both longitude and latitude, or neither</translation>
    </message>
    <message>
        <source>经度应在 -180 到 180 之间（中国境内约 73 到 135）</source>
        <translation>Longitude must be between -180 and 180 (about 73 to 135 in China)</translation>
    </message>
    <message>
        <source>纬度应在 -90 到 90 之间（中国境内约 18 到 54）</source>
        <translation>Latitude must be between -90 and 90 (about 18 to 54 in China)</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>燃油存量</source>
        <translation>Fuel level</translation>
    </message>
    <message>
        <source>机油、冷却液、制动液液位正常</source>
        <translation>Engine oil, coolant and brake fluid levels normal</translation>
    </message>
    <message>
        <source>蓄电池电压</source>
        <translation>Battery voltage</translation>
    </message>
    <message>
        <source>制动储气筒气压</source>
        <translation>Brake air tank pressure</translation>
    </message>
    <message>
        <source>水罐水位</source>
        <translation>Water tank level</translation>
    </message>
    <message>
        <source>泡沫罐液位</source>
        <translation>Foam tank level</translation>
    </message>
    <message>
        <source>发动机启动、运转正常</source>
        <translation>Engine starts and runs normally</translation>
    </message>
    <message>
        <source>水泵运转、引水正常</source>
        <translation>Pump runs and primes normally</translation>
    </message>
    <message>
        <source>取力器工作正常</source>
        <translation>Power take-off works</translation>
    </message>
    <message>
        <source>制动性能良好</source>
        <translation>Brakes work well</translation>
    </message>
    <message>
        <source>轮胎气压及磨损正常</source>
        <translation>Tyre pressure and wear normal</translation>
    </message>
    <message>
        <source>灯光、警灯正常</source>
        <translation>Lights and beacons work</translation>
    </message>
    <message>
        <source>警报器（警笛）正常</source>
        <translation>Siren works</translation>
    </message>
    <message>
        <source>各仪表（油压、水温、气压、真空表）正常</source>
        <translation>Gauges (oil pressure, water temperature, air pressure, vacuum) normal</translation>
    </message>
    <message>
        <source>空气呼吸器气瓶压力</source>
        <translation>Breathing set cylinder pressure</translation>
    </message>
    <message>
        <source>气瓶检验有效期至</source>
        <translation>Cylinder test valid until</translation>
    </message>
    <message>
        <source>车载电台、对讲机通话正常</source>
        <translation>Vehicle radio and handsets work</translation>
    </message>
    <message>
        <source>外观无破损、霉变、老化</source>
        <translation>No damage, mould or ageing</translation>
    </message>
    <message>
        <source>接口完好，密封圈齐全</source>
        <translation>Couplings intact, seals present</translation>
    </message>
    <message>
        <source>耐压试验压力</source>
        <translation>Test pressure</translation>
    </message>
    <message>
        <source>保压3分钟无渗漏</source>
        <translation>Holds pressure 3 minutes without leaks</translation>
    </message>
    <message>
        <source>外观完好，无变形</source>
        <translation>Intact, not deformed</translation>
    </message>
    <message>
        <source>开关、旋转机构灵活</source>
        <translation>Valve and swivel move freely</translation>
    </message>
    <message>
        <source>射流形态正常</source>
        <translation>Stream pattern normal</translation>
    </message>
    <message>
        <source>接口密封良好</source>
        <translation>Coupling seals well</translation>
    </message>
    <message>
        <source>燃油、机油充足</source>
        <translation>Enough fuel and oil</translation>
    </message>
    <message>
        <source>启动正常</source>
        <translation>Starts normally</translation>
    </message>
    <message>
        <source>吸水、引水正常</source>
        <translation>Draws and primes normally</translation>
    </message>
    <message>
        <source>出口压力</source>
        <translation>Outlet pressure</translation>
    </message>
    <message>
        <source>背架、面罩、管路外观完好</source>
        <translation>Harness, mask and hoses intact</translation>
    </message>
    <message>
        <source>气瓶压力</source>
        <translation>Cylinder pressure</translation>
    </message>
    <message>
        <source>面罩气密性良好</source>
        <translation>Mask seals well</translation>
    </message>
    <message>
        <source>低压报警哨正常</source>
        <translation>Low-pressure whistle works</translation>
    </message>
    <message>
        <source>供气阀流量测试合格</source>
        <translation>Demand valve flow test passed</translation>
    </message>
    <message>
        <source>瓶体无划伤、变形、烧灼</source>
        <translation>Cylinder not scratched, deformed or burnt</translation>
    </message>
    <message>
        <source>瓶阀完好</source>
        <translation>Cylinder valve intact</translation>
    </message>
    <message>
        <source>检验标识在有效期内</source>
        <translation>Test label within date</translation>
    </message>
    <message>
        <source>充装压力</source>
        <translation>Filling pressure</translation>
    </message>
    <message>
        <source>压力表指针在绿区</source>
        <translation>Gauge needle in the green</translation>
    </message>
    <message>
        <source>筒体无锈蚀、变形</source>
        <translation>Body not rusted or deformed</translation>
    </message>
    <message>
        <source>喷管、保险销、铅封完好</source>
        <translation>Hose, safety pin and seal intact</translation>
    </message>
    <message>
        <source>维修、报废标识清楚</source>
        <translation>Service and scrap labels legible</translation>
    </message>
    <message>
        <source>外观完好</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>动力源启动正常</source>
        <translation>Power unit starts normally</translation>
    </message>
    <message>
        <source>刀具、扩张臂无裂纹</source>
        <translation>Blades and spreader arms not cracked</translation>
    </message>
    <message>
        <source>液压管路无渗漏</source>
        <translation>Hydraulic hoses do not leak</translation>
    </message>
    <message>
        <source>灯具亮度正常</source>
        <translation>Lamp brightness normal</translation>
    </message>
    <message>
        <source>电池电量</source>
        <translation>Battery charge</translation>
    </message>
    <message>
        <source>外观、开关完好</source>
        <translation>Casing and switch intact</translation>
    </message>
    <message>
        <source>开机、收发通话正常</source>
        <translation>Switches on, sends and receives</translation>
    </message>
    <message>
        <source>天线、外壳完好</source>
        <translation>Antenna and casing intact</translation>
    </message>
    <message>
        <source>外层无破损、烧焦、污染</source>
        <translation>Outer shell not torn, scorched or contaminated</translation>
    </message>
    <message>
        <source>反光标志完好</source>
        <translation>Reflective trim intact</translation>
    </message>
    <message>
        <source>拉链、搭扣完好</source>
        <translation>Zips and fasteners intact</translation>
    </message>
    <message>
        <source>防水层、隔热层完好</source>
        <translation>Moisture and thermal layers intact</translation>
    </message>
    <message>
        <source>当前里程 {mileage:g} km 低于上次记录的 {last:g} km，请核对（换过里程表可照填）</source>
        <translation>The odometer reading {mileage:g} km is below the last one recorded, {last:g} km; please check it (after a new odometer, enter it as it reads)</translation>
    </message>
    <message>
        <source>“{text}”：结果只能是 {options}</source>
        <translation>“{text}”: the result must be one of {options}</translation>
    </message>
    <message>
        <source>这辆车已被删除</source>
        <translation>This vehicle has been deleted</translation>
    </message>
    <message>
        <source>这件器材已被删除</source>
        <translation>This item of equipment has been deleted</translation>
    </message>
    <message>
        <source>保险到期</source>
        <translation>Insurance due</translation>
    </message>
    <message>
        <source>年检到期</source>
        <translation>Annual inspection due</translation>
    </message>
    <message>
        <source>器材</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>检验</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>到期报废</source>
        <translation>Retirement due</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>幼儿园</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <source>卫生院/诊所</source>
        <translation>Health centre / clinic</translation>
    </message>
    <message>
        <source>养老院</source>
        <translation>Care home</translation>
    </message>
    <message>
        <source>农贸市场</source>
        <translation>Farmers&apos; market</translation>
    </message>
    <message>
        <source>商场超市</source>
        <translation>Shopping centre / supermarket</translation>
    </message>
    <message>
        <source>工厂企业</source>
        <translation>Factory / business</translation>
    </message>
    <message>
        <source>加油站</source>
        <translation>Petrol station</translation>
    </message>
    <message>
        <source>棋牌室</source>
        <translation>Card and mahjong room</translation>
    </message>
    <message>
        <source>宾馆</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>宗教场所</source>
        <translation>Place of worship</translation>
    </message>
    <message>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>预案版本</source>
        <translation>Plan versions</translation>
    </message>
    <message>
        <source>预案修订任务</source>
        <translation>Plan revision tasks</translation>
    </message>
    <message>
        <source>演练签到</source>
        <translation>Drill attendance</translation>
    </message>
    <message>
        <source>演练过程记录</source>
        <translation>Drill timeline</translation>
    </message>
    <message>
        <source>演练评估评分</source>
        <translation>Drill evaluation scores</translation>
    </message>
    <message>
        <source>演练台账</source>
        <translation>Drills</translation>
    </message>
    <message>
        <source>整改台账</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>三级战备</source>
        <translation>Level 3 readiness</translation>
    </message>
    <message>
        <source>二级战备</source>
        <translation>Level 2 readiness</translation>
    </message>
    <message>
        <source>一级战备</source>
        <translation>Level 1 readiness</translation>
    </message>
    <message>
        <source>带班领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>值班员</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>备勤</source>
        <translation>Standby</translation>
    </message>
    <message>
        <source>战备等级</source>
        <translation>Alert levels</translation>
    </message>
    <message>
        <source>全国两会会期</source>
        <translation>NPC session dates</translation>
    </message>
    <message>
        <source>值班安排</source>
        <translation>Duty assignments</translation>
    </message>
    <message>
        <source>值班电话记录</source>
        <translation>Call log</translation>
    </message>
    <message>
        <source>交接班记录</source>
        <translation>Handovers</translation>
    </message>
    <message>
        <source>战备时段</source>
        <translation>Readiness periods</translation>
    </message>
    <message>
        <source>值班表</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <source>请假登记</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>队员名册</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>没有名为“{name}”的{what}（可用：{known}）</source>
        <translation>{what}: there is none called “{name}” (known: {known})</translation>
    </message>
    <message>
        <source>灭火剂类型只能是：{options}</source>
        <translation>The agent must be one of: {options}</translation>
    </message>
    <message>
        <source>找不到器材 #{id}</source>
        <translation>Equipment #{id} was not found</translation>
    </message>
    <message>
        <source>请选择灭火剂类型（决定维修和报废年限）</source>
        <translation>Choose the agent (it decides the service and scrap years)</translation>
    </message>
    <message>
        <source>所选车辆不存在</source>
        <translation>The chosen vehicle does not exist</translation>
    </message>
    <message>
        <source>没有编号为“{code}”的器材</source>
        <translation>There is no equipment numbered “{code}”</translation>
    </message>
    <message>
        <source>已有编号为“{code}”的器材</source>
        <translation>Equipment numbered “{code}” already exists</translation>
    </message>
    <message>
        <source>不能恢复“{own}”：在用器材“{twin}”的编号与它相同（不分大小写、全角半角和空格）。请先给其中一件换一个编号。</source>
        <translation>Cannot restore “{own}”: the equipment in use “{twin}” has the same number (ignoring case, full-width forms and spaces). Give one of them another number first.</translation>
    </message>
    <message>
        <source>随车器材</source>
        <translation>Vehicle kit</translation>
    </message>
    <message>
        <source>检查项目模板</source>
        <translation>Check item templates</translation>
    </message>
    <message>
        <source>车辆装备检查</source>
        <translation>Vehicle and equipment checks</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>维修单</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>执勤</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>备用</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Under repair</translation>
    </message>
    <message>
        <source>报废</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <source>水带</source>
        <translation>Hose</translation>
    </message>
    <message>
        <source>水枪/水炮</source>
        <translation>Nozzle / monitor</translation>
    </message>
    <message>
        <source>机动泵</source>
        <translation>Portable pump</translation>
    </message>
    <message>
        <source>呼吸器</source>
        <translation>Breathing apparatus</translation>
    </message>
    <message>
        <source>气瓶</source>
        <translation>Air cylinder</translation>
    </message>
    <message>
        <source>灭火器</source>
        <translation>Extinguisher</translation>
    </message>
    <message>
        <source>破拆工具</source>
        <translation>Breaching tools</translation>
    </message>
    <message>
        <source>照明</source>
        <translation>Lighting</translation>
    </message>
    <message>
        <source>通信</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>防护服</source>
        <translation>Protective clothing</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>例行检查</source>
        <translation>Routine check</translation>
    </message>
    <message>
        <source>一级保养</source>
        <translation>Level 1 service</translation>
    </message>
    <message>
        <source>二级保养</source>
        <translation>Level 2 service</translation>
    </message>
    <message>
        <source>水泵测试</source>
        <translation>Pump test</translation>
    </message>
    <message>
        <source>定期检验</source>
        <translation>Periodic test</translation>
    </message>
    <message>
        <source>使用后检查</source>
        <translation>Check after use</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>未检</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>待维修</source>
        <translation>To repair</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>费用不能为负数</source>
        <translation>The cost cannot be negative</translation>
    </message>
    <message>
        <source>这张维修单已被删除</source>
        <translation>This repair order has been deleted</translation>
    </message>
    <message>
        <source>故障情况</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>维修情况</source>
        <translation>Repair done</translation>
    </message>
    <message>
        <source>找不到维修单 #{id}</source>
        <translation>Repair order #{id} was not found</translation>
    </message>
    <message>
        <source>维修单当前为“{status}”，不能开始维修</source>
        <translation>The repair order is “{status}”; the repair cannot be started</translation>
    </message>
    <message>
        <source>维修单当前为“{status}”，不能再次修复</source>
        <translation>The repair order is “{status}”; it cannot be marked repaired again</translation>
    </message>
    <message>
        <source>只有“已修复”的维修单才能关闭</source>
        <translation>Only a repaired order can be closed</translation>
    </message>
    <message>
        <source>干粉</source>
        <translation>Dry powder</translation>
    </message>
    <message>
        <source>水基</source>
        <translation>Water-based</translation>
    </message>
    <message>
        <source>泡沫</source>
        <translation>Foam</translation>
    </message>
    <message>
        <source>二氧化碳</source>
        <translation>Carbon dioxide</translation>
    </message>
    <message>
        <source>洁净气体</source>
        <translation>Clean agent</translation>
    </message>
    <message>
        <source>没有车牌号为“{plate}”的车辆</source>
        <translation>There is no vehicle with the plate “{plate}”</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate number</translation>
    </message>
    <message>
        <source>不能为负数</source>
        <translation>Cannot be negative</translation>
    </message>
    <message>
        <source>随车器材第{row}行：请填写名称</source>
        <translation>Vehicle kit, line {row}: enter a name</translation>
    </message>
    <message>
        <source>已有车牌号为“{plate}”的车辆</source>
        <translation>A vehicle with the plate “{plate}” already exists</translation>
    </message>
    <message>
        <source>找不到车辆 #{id}</source>
        <translation>Vehicle #{id} was not found</translation>
    </message>
    <message>
        <source>随车器材“{name}”：数量不能为负数</source>
        <translation>Vehicle kit “{name}”: the count cannot be negative</translation>
    </message>
    <message>
        <source>不能恢复“{own}”：在用车辆“{twin}”是同一个车牌号。请先把其中一辆的车牌号改正。</source>
        <translation>Cannot restore “{own}”: the vehicle in use “{twin}” has the same plate. Correct the plate of one of them first.</translation>
    </message>
    <message>
        <source>消防车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>经度和纬度要么都填，要么都不填</source>
        <translation>Fill in both longitude and latitude, or neither</translation>
    </message>
    <message>
        <source>经度 {lon} 超出范围（-180 到 180）</source>
        <translation>Longitude {lon} is out of range (-180 to 180)</translation>
    </message>
    <message>
        <source>纬度 {lat} 超出范围（-90 到 90）</source>
        <translation>Latitude {lat} is out of range (-90 to 90)</translation>
    </message>
    <message>
        <source>坐标系只能是 WGS84 或 GCJ-02</source>
        <translation>The coordinate system must be WGS84 or GCJ-02</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>（已设置）</source>
        <translation>(set)</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>共 {count} 条</source>
        <translation>{count} in all</translation>
    </message>
    <message>
        <source>{label}：{old} → {new}</source>
        <translation>{label}: {old} → {new}</translation>
    </message>
    <message>
        <source>{count} 条以上（请用筛选缩小范围）</source>
        <translation>More than {count} (narrow it down with the filters)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{label}：{value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>其他记录</source>
        <translation>Other records</translation>
    </message>
    <message>
        <source>单位设置</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <source>规则表</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>词表</source>
        <translation>Word lists</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>请填写乡镇名称</source>
        <translation>Please enter the town&apos;s name</translation>
    </message>
    <message>
        <source>值班电话{problem}，{phone_example}</source>
        <translation>Duty phone: {problem}; {phone_example}</translation>
    </message>
    <message>
        <source>请写成 时:分，例如 08:30</source>
        <translation>Write it as hours:minutes, e.g. 08:30</translation>
    </message>
    <message>
        <source>“{name}”当前库存</source>
        <translation>“{name}” has</translation>
    </message>
    <message>
        <source>请选择物资</source>
        <translation>Choose a supply</translation>
    </message>
    <message>
        <source>借出时请填写借用人</source>
        <translation>Enter who borrows it</translation>
    </message>
    <message>
        <source>归还时请选择对应的借出记录</source>
        <translation>Choose the loan being returned</translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translation>The date cannot be later than today</translation>
    </message>
    <message>
        <source>应还日期不能早于借出日期</source>
        <translation>The return-by date cannot be before the loan date</translation>
    </message>
    <message>
        <source>{where} {available}{unit}，不能{kind} {quantity}{unit}（库存不能为负数）</source>
        <translation>{where} {available} {unit}: cannot take out {quantity} {unit} ({kind})</translation>
    </message>
    <message>
        <source>这种物资已被删除</source>
        <translation>This supply has been deleted</translation>
    </message>
    <message>
        <source>盘点调整的数量不能为0</source>
        <translation>A stocktake adjustment cannot be 0</translation>
    </message>
    <message>
        <source>数量应大于0</source>
        <translation>The quantity must be more than 0</translation>
    </message>
    <message>
        <source>“{name}”批次“{batch}”现有</source>
        <translation>“{name}” batch “{batch}” has</translation>
    </message>
    <message>
        <source>“{name}”未分批次的库存</source>
        <translation>The unbatched stock of “{name}” is</translation>
    </message>
    <message>
        <source>所选批次不属于这种物资</source>
        <translation>The chosen batch is not of this supply</translation>
    </message>
    <message>
        <source>找不到这种物资的这条借出记录</source>
        <translation>This loan of this supply was not found</translation>
    </message>
    <message>
        <source>这次借出（{borrower}，{lent}{unit}）尚未归还 {outstanding}{unit}，不能归还 {quantity}</source>
        <translation>This loan ({borrower}, {lent} {unit}) has {outstanding} {unit} still out; cannot return {quantity}</translation>
    </message>
    <message>
        <source>物资</source>
        <translation>Supplies</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>物资批次</source>
        <translation>Supply batches</translation>
    </message>
    <message>
        <source>入库</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>出库</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>借出</source>
        <translation>Lent</translation>
    </message>
    <message>
        <source>归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>盘点调整</source>
        <translation>Stocktake adjustment</translation>
    </message>
    <message>
        <source>找不到这条借出记录</source>
        <translation>This loan was not found</translation>
    </message>
    <message>
        <source>储备定额不能为负数</source>
        <translation>The reserve quota cannot be negative</translation>
    </message>
    <message>
        <source>已有名为“{name}”的物资</source>
        <translation>A supply named “{name}” already exists</translation>
    </message>
    <message>
        <source>找不到物资 #{id}</source>
        <translation>Supply #{id} was not found</translation>
    </message>
    <message>
        <source>没有名为“{name}”的物资</source>
        <translation>There is no supply named “{name}”</translation>
    </message>
    <message>
        <source>{name}（#{number}）</source>
        <translation>{name} (#{number})</translation>
    </message>
    <message>
        <source>{word}{rest}</source>
        <translation>{word}{rest}</translation>
    </message>
    <message>
        <source>乡镇名称</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>办公室</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>救援队名称</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>值班电话</source>
        <translation>Duty phone</translation>
    </message>
    <message>
        <source>交接班时间</source>
        <translation>Shift change time</translation>
    </message>
    <message>
        <source>第二备份文件夹</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <source>已预置当年战备时段：</source>
        <translation>Readiness periods preloaded: </translation>
    </message>
    <message>
        <source>同义词</source>
        <translation>Synonym</translation>
    </message>
    <message>
        <source>停用的取值</source>
        <translation>Value no longer used</translation>
    </message>
    <message>
        <source>物资名称</source>
        <translation>Supply</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>不能恢复“{own}”：在用物资“{twin}”与它同名（不分大小写、全角半角和空格）。请先给其中一种改个名称。</source>
        <translation>Cannot restore “{own}”: the supply in use “{twin}” has the same name (ignoring case, full-width forms and spaces). Rename one of them first.</translation>
    </message>
    <message>
        <source>盘点数量不能为负数</source>
        <translation>A counted quantity cannot be negative</translation>
    </message>
    <message>
        <source>物资储备</source>
        <translation>Supplies in store</translation>
    </message>
    <message>
        <source>出入库记录</source>
        <translation>Stock movements</translation>
    </message>
    <message>
        <source>用户名或密码不正确。</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>请填写用户名</source>
        <translation>Please enter a user name</translation>
    </message>
    <message>
        <source>没有用户“{name}”。</source>
        <translation>There is no user “{name}”.</translation>
    </message>
    <message>
        <source>用户名最多64个字，不能含控制字符</source>
        <translation>A user name has at most 64 characters and no control characters</translation>
    </message>
    <message>
        <source>密码错误次数过多，请 {left} 秒后再试。</source>
        <translation>Too many wrong passwords; please try again in {left} seconds.</translation>
    </message>
    <message>
        <source>用户“{name}”已停用，请联系管理员。</source>
        <translation>User “{name}” is disabled; please ask an administrator.</translation>
    </message>
    <message>
        <source>至少要保留一个可用的管理员</source>
        <translation>At least one active administrator must remain</translation>
    </message>
    <message>
        <source>第一个用户必须是管理员（之后由管理员添加其他用户）</source>
        <translation>The first user must be an administrator (who then adds the other users)</translation>
    </message>
    <message>
        <source>已有用户“{name}”</source>
        <translation>There is already a user “{name}”</translation>
    </message>
    <message>
        <source>例如 13800000000 或 023-45678901</source>
        <translation>e.g. 13800000000 or 023-45678901</translation>
    </message>
    <message>
        <source>请填写{label}</source>
        <translation>{label} is required</translation>
    </message>
    <message>
        <source>{label}不能超过{limit}个字</source>
        <translation>{label} can have at most {limit} characters</translation>
    </message>
    <message>
        <source>{label}只能是：{options}</source>
        <translation>{label} must be one of: {options}</translation>
    </message>
    <message>
        <source>{items} 等</source>
        <translation>{items} and more</translation>
    </message>
    <message>
        <source>还有 {count} 项没有填写结果：{items}（没有检查的项请选“{not_checked}”）</source>
        <translation>{count} items have no result yet: {items} (choose “{not_checked}” for an item not checked)</translation>
    </message>
    <message>
        <source>只能包含数字、空格、+、-</source>
        <translation>may contain only digits, spaces, + and -</translation>
    </message>
    <message>
        <source>太短，至少 {count} 位</source>
        <translation>is too short: at least {count} digits</translation>
    </message>
    <message>
        <source>不能超过 {count} 个字</source>
        <translation>can have at most {count} characters</translation>
    </message>
    <message>
        <source>电话{problem}，{example}</source>
        <translation>The phone number {problem}; {example}</translation>
    </message>
    <message>
        <source>{label}不能晚于今天</source>
        <translation>{label} cannot be later than today</translation>
    </message>
    <message>
        <source>请填写开始和结束日期</source>
        <translation>Please enter the start and end dates</translation>
    </message>
    <message>
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be earlier than the start date</translation>
    </message>
    <message>
        <source>经度</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>纬度</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>{label}请填写数字，例如 105.93</source>
        <translation>{label}: enter a number, e.g. 105.93</translation>
    </message>
    <message>
        <source>本单位</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>内置</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <source>程序升级</source>
        <translation>Program upgrade</translation>
    </message>
    <message>
        <source>记录中</source>
        <translation>In records</translation>
    </message>
    <message>
        <source>水源类型</source>
        <translation>Source type</translation>
    </message>
    <message>
        <source>出入库类型</source>
        <translation>Movement kind</translation>
    </message>
    <message>
        <source>车辆状态</source>
        <translation>Vehicle status</translation>
    </message>
    <message>
        <source>器材状态</source>
        <translation>Equipment status</translation>
    </message>
    <message>
        <source>预案状态</source>
        <translation>Plan status</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>Finding status</translation>
    </message>
    <message>
        <source>是/否</source>
        <translation>Yes/No</translation>
    </message>
    <message>
        <source>场所类型</source>
        <translation>Site type</translation>
    </message>
    <message>
        <source>器材类别</source>
        <translation>Equipment category</translation>
    </message>
    <message>
        <source>物资类别</source>
        <translation>Supply category</translation>
    </message>
    <message>
        <source>计量单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>水源归属</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>队长</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>副队长</source>
        <translation>Deputy leader</translation>
    </message>
    <message>
        <source>队员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>标志、编号牌清晰完好</source>
        <translation>Marker and number plate legible and intact</translation>
    </message>
    <message>
        <source>无埋压、圈占、遮挡，周围无障碍物</source>
        <translation>Not buried, fenced in or blocked; nothing in the way</translation>
    </message>
    <message>
        <source>闷盖（盖帽）齐全</source>
        <translation>Caps present</translation>
    </message>
    <message>
        <source>接口螺纹、接扣完好</source>
        <translation>Threads and couplings intact</translation>
    </message>
    <message>
        <source>阀门启闭灵活，放水至水清</source>
        <translation>Valve turns freely; flushed until clear</translation>
    </message>
    <message>
        <source>关阀后无渗漏，放空（地上式排水）正常</source>
        <translation>No leak after closing; drains normally (above-ground)</translation>
    </message>
    <message>
        <source>防冻措施到位</source>
        <translation>Frost protection in place</translation>
    </message>
    <message>
        <source>除锈、注油保养</source>
        <translation>Rust removed, greased</translation>
    </message>
    <message>
        <source>水位</source>
        <translation>Water level</translation>
    </message>
    <message>
        <source>储水量满足设计要求</source>
        <translation>Storage meets the design</translation>
    </message>
    <message>
        <source>补水设施正常，补水时间不大于48 h（储水量大于2000 m³的不大于96 h）</source>
        <translation>Refill works; refill time at most 48 h (at most 96 h above 2000 m³)</translation>
    </message>
    <message>
        <source>取水口完好，拦污格栅间距不小于50 mm</source>
        <translation>Intake intact; screen bar spacing at least 50 mm</translation>
    </message>
    <message>
        <source>消防车通道畅通，停车位置无占用</source>
        <translation>Fire-engine access clear; parking place free</translation>
    </message>
    <message>
        <source>标志、标识清晰</source>
        <translation>Signs and markings legible</translation>
    </message>
    <message>
        <source>没有这个战备等级</source>
        <translation>There is no such alert level</translation>
    </message>
    <message>
        <source>冬季水温</source>
        <translation>Winter water temperature</translation>
    </message>
    <message>
        <source>池体结构无渗漏、裂缝（每年）</source>
        <translation>Tank structure has no leaks or cracks (yearly)</translation>
    </message>
    <message>
        <source>枯水期水量能满足取水</source>
        <translation>Enough water in the dry season</translation>
    </message>
    <message>
        <source>取水口、取水码头完好，拦污格栅间距不小于50 mm</source>
        <translation>Intake and pier intact; screen bar spacing at least 50 mm</translation>
    </message>
    <message>
        <source>消防车通道、停车位置、回车场畅通</source>
        <translation>Fire-engine access, parking and turning area clear</translation>
    </message>
    <message>
        <source>年度水位、枯水期流量记录</source>
        <translation>Yearly water level and dry-season flow recorded</translation>
    </message>
    <message>
        <source>除锈</source>
        <translation>Remove rust</translation>
    </message>
    <message>
        <source>注油（阀杆、螺纹）</source>
        <translation>Grease (stem, threads)</translation>
    </message>
    <message>
        <source>更换闷盖、垫圈等配件</source>
        <translation>Replace caps, gaskets and other parts</translation>
    </message>
    <message>
        <source>刷漆、补标识</source>
        <translation>Paint, renew markings</translation>
    </message>
    <message>
        <source>清淤</source>
        <translation>Dredge</translation>
    </message>
    <message>
        <source>补水</source>
        <translation>Refill</translation>
    </message>
    <message>
        <source>清理取水口、格栅</source>
        <translation>Clean the intake and screen</translation>
    </message>
    <message>
        <source>修整通道、停车位置</source>
        <translation>Repair the access and parking place</translation>
    </message>
    <message>
        <source>保护半径应大于0</source>
        <translation>The protection radius must be more than 0</translation>
    </message>
    <message>
        <source>这个水源已被删除</source>
        <translation>This water source has been deleted</translation>
    </message>
    <message>
        <source>市政消火栓</source>
        <translation>Street hydrant</translation>
    </message>
    <message>
        <source>消防水鹤</source>
        <translation>Water crane</translation>
    </message>
    <message>
        <source>消防水池</source>
        <translation>Fire water tank</translation>
    </message>
    <message>
        <source>天然水源</source>
        <translation>Natural source</translation>
    </message>
    <message>
        <source>停车位置</source>
        <translation>Parking place</translation>
    </message>
    <message>
        <source>同时取水车辆数</source>
        <translation>Vehicles drawing at once</translation>
    </message>
    <message>
        <source>辆</source>
        <translation>vehicles</translation>
    </message>
    <message>
        <source>较远到期：底色（物资临期的远一档）</source>
        <translation>Due later: background (a supply&apos;s longer expiry window)</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>可任带班领导</source>
        <translation>Can lead a shift</translation>
    </message>
    <message>
        <source>驾驶员</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>每班值班员</source>
        <translation>On duty per shift</translation>
    </message>
    <message>
        <source>备勤人员</source>
        <translation>Standby per shift</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>每班最少值班员</source>
        <translation>Minimum on duty per shift</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>值班日</source>
        <translation>Duty day</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>来电时间</source>
        <translation>Call time</translation>
    </message>
    <message>
        <source>来电单位</source>
        <translation>Caller&apos;s organisation</translation>
    </message>
    <message>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>处理情况</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>报告领导</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>值班日期</source>
        <translation>Duty date</translation>
    </message>
    <message>
        <source>交接时间</source>
        <translation>Handover time</translation>
    </message>
    <message>
        <source>电话畅通</source>
        <translation>Phone working</translation>
    </message>
    <message>
        <source>对讲机正常</source>
        <translation>Radios working</translation>
    </message>
    <message>
        <source>车辆完好</source>
        <translation>Vehicles in order</translation>
    </message>
    <message>
        <source>当班情况</source>
        <translation>During the shift</translation>
    </message>
    <message>
        <source>待办事项</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>所属村社</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>编制人</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>上次评估日期</source>
        <translation>Last evaluated on</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>概要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>修订原因类别</source>
        <translation>Revision reason type</translation>
    </message>
    <message>
        <source>修订原因</source>
        <translation>Revision reason</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>版本内容</source>
        <translation>Version content</translation>
    </message>
    <message>
        <source>整改问题</source>
        <translation>Problem to fix</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>修订后的版本</source>
        <translation>Revised version</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>依据预案</source>
        <translation>Plan followed</translation>
    </message>
    <message>
        <source>组织人</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>情景设定</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>演练目标</source>
        <translation>Drill goals</translation>
    </message>
    <message>
        <source>参演单位</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <source>其他参演人数</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <source>过程概要</source>
        <translation>Course of the drill</translation>
    </message>
    <message>
        <source>签到情况</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>评估项目</source>
        <translation>Evaluation item</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>评语</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>整改佐证</source>
        <translation>Evidence of the fix</translation>
    </message>
    <message>
        <source>需修订预案</source>
        <translation>Plan needs revising</translation>
    </message>
    <message>
        <source>经度（WGS84）</source>
        <translation>Longitude (WGS84)</translation>
    </message>
    <message>
        <source>纬度（WGS84）</source>
        <translation>Latitude (WGS84)</translation>
    </message>
    <message>
        <source>管辖队站</source>
        <translation>Fire station in charge</translation>
    </message>
    <message>
        <source>建成日期</source>
        <translation>Built on</translation>
    </message>
    <message>
        <source>类型参数</source>
        <translation>Type details</translation>
    </message>
    <message>
        <source>所属水源</source>
        <translation>Water source</translation>
    </message>
    <message>
        <source>流量等级</source>
        <translation>Flow class</translation>
    </message>
    <message>
        <source>上次检查日期</source>
        <translation>Last checked on</translation>
    </message>
    <message>
        <source>下次检查日期</source>
        <translation>Next check due</translation>
    </message>
    <message>
        <source>普查人员</source>
        <translation>Surveyed by</translation>
    </message>
    <message>
        <source>普查总结</source>
        <translation>Survey summary</translation>
    </message>
    <message>
        <source>检查记录</source>
        <translation>Check record</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>报修日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>报告单位</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>测试日期</source>
        <translation>Tested on</translation>
    </message>
    <message>
        <source>静压MPa</source>
        <translation>Static pressure MPa</translation>
    </message>
    <message>
        <source>残压MPa</source>
        <translation>Residual pressure MPa</translation>
    </message>
    <message>
        <source>皮托管压力MPa</source>
        <translation>Pitot pressure MPa</translation>
    </message>
    <message>
        <source>出水口直径mm</source>
        <translation>Outlet diameter mm</translation>
    </message>
    <message>
        <source>流量系数</source>
        <translation>Discharge coefficient</translation>
    </message>
    <message>
        <source>实测流量L/s</source>
        <translation>Measured flow L/s</translation>
    </message>
    <message>
        <source>额定流量L/s</source>
        <translation>Rated flow L/s</translation>
    </message>
    <message>
        <source>测试人</source>
        <translation>Tested by</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <source>水罐容量L</source>
        <translation>Water tank L</translation>
    </message>
    <message>
        <source>泡沫容量L</source>
        <translation>Foam tank L</translation>
    </message>
    <message>
        <source>水泵流量L/s</source>
        <translation>Pump flow L/s</translation>
    </message>
    <message>
        <source>启用日期</source>
        <translation>In service since</translation>
    </message>
    <message>
        <source>里程km</source>
        <translation>Mileage km</translation>
    </message>
    <message>
        <source>箱位</source>
        <translation>Locker</translation>
    </message>
    <message>
        <source>应有数量</source>
        <translation>Expected count</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>灭火剂类型</source>
        <translation>Extinguishing agent</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <source>所属车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>下次检验日期</source>
        <translation>Next test due</translation>
    </message>
    <message>
        <source>报废日期</source>
        <translation>Retire by</translation>
    </message>
    <message>
        <source>适用对象</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>检查对象类别</source>
        <translation>Checked item type</translation>
    </message>
    <message>
        <source>检查对象</source>
        <translation>Checked item</translation>
    </message>
    <message>
        <source>清点数量</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>维修对象类别</source>
        <translation>Repaired item type</translation>
    </message>
    <message>
        <source>维修对象</source>
        <translation>Repaired item</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>In charge</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>修复日期</source>
        <translation>Repaired on</translation>
    </message>
    <message>
        <source>报修前状态</source>
        <translation>Status before repair</translation>
    </message>
    <message>
        <source>储备定额</source>
        <translation>Reserve quota</translation>
    </message>
    <message>
        <source>库存数量</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>借出数量</source>
        <translation>Lent</translation>
    </message>
    <message>
        <source>出入库次数</source>
        <translation>Movements</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>结存</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>领用人</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>应还日期</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>已归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>对应的借出</source>
        <translation>Loan returned</translation>
    </message>
    <message>
        <source>设置项</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>设置值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>规则名称</source>
        <translation>Rule name</translation>
    </message>
    <message>
        <source>《生产安全事故应急预案管理办法》（应急管理部令第2号）第三十三条第一款：每半年至少组织一次现场处置方案演练（原文已核实）</source>
        <translation>Measures for the Management of Work Safety Accident Emergency Plans (MEM Order No. 2), art. 33(1): an on-site response drill at least every six months (original text verified)</translation>
    </message>
    <message>
        <source>《生产安全事故应急预案管理办法》第三十三条第二款：危险物品单位及宾馆、商场、娱乐场所、旅游景区等人员密集场所至少每半年一次，无论是否有预案写明（原文已核实）</source>
        <translation>Measures for the Management of Work Safety Accident Emergency Plans, art. 33(2): units handling dangerous goods and crowded places such as hotels, shopping centres, entertainment venues and scenic spots at least every six months, whatever their plan says (original text verified)</translation>
    </message>
    <message>
        <source>《消防法》第七十三条人员密集场所的范围（本办公室对照场所类型）（转引，待核对原文）</source>
        <translation>Fire Protection Law, art. 73: what counts as a crowded place (the office matches it to site types) (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>《生产安全事故应急预案管理办法》第三十三条第二款：易燃易爆、危险化学品等单位（本办公室对照场所类型）（转引，待核对原文）</source>
        <translation>Measures for the Management of Work Safety Accident Emergency Plans, art. 33(2): units with flammable, explosive or hazardous chemicals (the office matches it to site types) (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>《机关、团体、企业、事业单位消防安全管理规定》（公安部令第61号）第四十条：消防安全重点单位至少每半年演练一次（转引，待核对原文）</source>
        <translation>Provisions on Fire Safety Management of Government Bodies, Organisations, Enterprises and Institutions (MPS Order No. 61), art. 40: key fire safety units drill at least every six months (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>《生产安全事故应急预案管理办法》第三十三条第一款：每年至少组织一次综合或专项应急预案演练（原文已核实）</source>
        <translation>Measures for the Management of Work Safety Accident Emergency Plans, art. 33(1): a comprehensive or special emergency plan drill at least once a year (original text verified)</translation>
    </message>
    <message>
        <source>应急预案管理办法第35条：每三年至少评估一次（原文已核实）</source>
        <translation>Emergency plan management measures, art. 35: an assessment at least every three years (original text verified)</translation>
    </message>
    <message>
        <source>本办公室设定</source>
        <translation>Set by this office</translation>
    </message>
    <message>
        <source>交接班及每次出动后例行保养（实践做法）（转引，待核对原文）；NFPA 1911 日/周检（原文已核实）</source>
        <translation>Routine maintenance at each shift handover and after each call-out (common practice) (quoted second-hand; original to be checked); NFPA 1911 daily/weekly checks (original text verified)</translation>
    </message>
    <message>
        <source>实践做法：每3个月或连续工作4小时以上（转引，待核对原文）</source>
        <translation>Common practice: every 3 months or after more than 4 hours of continuous running (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>实践做法：每6个月（转引，待核对原文）</source>
        <translation>Common practice: every 6 months (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>NFPA 1911：每年水泵测试（原文已核实）</source>
        <translation>NFPA 1911: yearly pump test (original text verified)</translation>
    </message>
    <message>
        <source>NFPA 1962：每年耐压测试（原文已核实）</source>
        <translation>NFPA 1962: yearly pressure test (original text verified)</translation>
    </message>
    <message>
        <source>NFPA 1852：每年流量测试（转引，待核对原文）</source>
        <translation>NFPA 1852: yearly flow test (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>TSG 23：复合气瓶每3年检验（转引，待核对原文）</source>
        <translation>TSG 23: composite cylinders inspected every 3 years (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>TSG 23：复合气瓶约15年（转引，待核对原文）</source>
        <translation>TSG 23: composite cylinders about 15 years (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>NFPA 1851：每年高级检查（原文已核实）</source>
        <translation>NFPA 1851: yearly advanced inspection (original text verified)</translation>
    </message>
    <message>
        <source>NFPA 1851：10年退役（原文已核实）</source>
        <translation>NFPA 1851: retired after 10 years (original text verified)</translation>
    </message>
    <message>
        <source>GA 95-2007：干粉/CO₂出厂满5年首次维修（转引，待核对原文）</source>
        <translation>GA 95-2007: dry powder/CO₂ first serviced 5 years after manufacture (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>GA 95-2007：干粉/CO₂首次维修后每2年（转引，待核对原文）</source>
        <translation>GA 95-2007: dry powder/CO₂ every 2 years after the first service (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>GA 95-2007：干粉10年（转引，待核对原文）</source>
        <translation>GA 95-2007: dry powder 10 years (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>GA 95-2007：干粉、洁净气体、二氧化碳出厂满5年首次维修（转引，待核对原文）</source>
        <translation>GA 95-2007: dry powder, clean agent and carbon dioxide first serviced 5 years after manufacture (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>GA 95-2007：干粉、洁净气体、二氧化碳首次维修后每满2年（转引，待核对原文）</source>
        <translation>GA 95-2007: dry powder, clean agent and carbon dioxide every 2 years after the first service (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>GA 95-2007：干粉型10年（转引，待核对原文）</source>
        <translation>GA 95-2007: dry powder type 10 years (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>GA 95-2007：水基型（含泡沫）出厂满3年首次维修（转引，待核对原文）</source>
        <translation>GA 95-2007: water-based (foam included) first serviced 3 years after manufacture (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>GA 95-2007：水基型（含泡沫）首次维修后每满1年（转引，待核对原文）</source>
        <translation>GA 95-2007: water-based (foam included) every year after the first service (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>GA 95-2007：水基型6年（转引，待核对原文）</source>
        <translation>GA 95-2007: water-based type 6 years (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>GA 95-2007：泡沫型6年（转引，待核对原文）</source>
        <translation>GA 95-2007: foam type 6 years (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>GA 95-2007：二氧化碳型12年（转引，待核对原文）</source>
        <translation>GA 95-2007: carbon dioxide type 12 years (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>GA 95-2007：洁净气体型10年（转引，待核对原文）</source>
        <translation>GA 95-2007: clean agent type 10 years (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>GB 50974-2014（转引，待核对原文）</source>
        <translation>GB 50974-2014 (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>GB 50974-2014 §7.2.5：室外消火栓间距不应大于120米（转引，待核对原文）</source>
        <translation>GB 50974-2014 §7.2.5: outdoor hydrants no more than 120 m apart (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>本地做法每月巡查；外观检查每季度（未证实，按本地做法）</source>
        <translation>Local practice: patrol every month; external inspection every quarter (not confirmed; local practice)</translation>
    </message>
    <message>
        <source>GB 50974-2014 §14.0.3：水位每月（转引，待核对原文）</source>
        <translation>GB 50974-2014 §14.0.3: water level every month (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>GB 50974-2014 §14.0.3：每年（转引，待核对原文）</source>
        <translation>GB 50974-2014 §14.0.3: every year (quoted second-hand; original to be checked)</translation>
    </message>
    <message>
        <source>NFPA 291：B级橙色；AWWA：B级黄色（原文已核实）</source>
        <translation>NFPA 291: class B orange; AWWA: class B yellow (original text verified)</translation>
    </message>
    <message>
        <source>取值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>词语</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>词语（比较用）</source>
        <translation>Word (for matching)</translation>
    </message>
    <message>
        <source>表示的取值</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>所属台账</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>所属记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>保存名</source>
        <translation>Stored as</translation>
    </message>
    <message>
        <source>文件类型</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>大小（字节）</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>校验值</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>密码（已加密）</source>
        <translation>Password (encrypted)</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>连续输错密码次数</source>
        <translation>Wrong passwords in a row</translation>
    </message>
    <message>
        <source>上次输错时间</source>
        <translation>Last wrong password at</translation>
    </message>
    <message>
        <source>取水口与水面高差</source>
        <translation>Height of intake above water</translation>
    </message>
    <message>
        <source>吸水高度不大于6.0 m</source>
        <translation>suction lift at most 6.0 m</translation>
    </message>
    <message>
        <source>设置形式</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>管网形式</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>管网直径</source>
        <translation>Main diameter</translation>
    </message>
    <message>
        <source>压力类型</source>
        <translation>Pressure type</translation>
    </message>
    <message>
        <source>静压</source>
        <translation>Static pressure</translation>
    </message>
    <message>
        <source>出水口</source>
        <translation>Outlets</translation>
    </message>
    <message>
        <source>接口形式</source>
        <translation>Coupling</translation>
    </message>
    <message>
        <source>储水量</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>补水时间</source>
        <translation>Refill time</translation>
    </message>
    <message>
        <source>水位显示</source>
        <translation>Level gauge</translation>
    </message>
    <message>
        <source>不低于0.14 MPa</source>
        <translation>at least 0.14 MPa</translation>
    </message>
    <message>
        <source>例如 1×DN100+2×DN65</source>
        <translation>e.g. 1×DN100+2×DN65</translation>
    </message>
    <message>
        <source>例如 内扣式、螺纹式</source>
        <translation>e.g. internal-claw, threaded</translation>
    </message>
    <message>
        <source>不大于48 h；储水量大于2000 m³的不大于96 h（GB 50974 §4.3.3）</source>
        <translation>at most 48 h; at most 96 h above 2000 m³ (GB 50974 §4.3.3)</translation>
    </message>
    <message>
        <source>水质</source>
        <translation>Water quality</translation>
    </message>
    <message>
        <source>有无枯水期</source>
        <translation>Dry season</translation>
    </message>
    <message>
        <source>枯水期</source>
        <translation>Dry months</translation>
    </message>
    <message>
        <source>取水形式</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>回车场</source>
        <translation>Turning area</translation>
    </message>
    <message>
        <source>环状</source>
        <translation>Looped</translation>
    </message>
    <message>
        <source>枝状</source>
        <translation>Branched</translation>
    </message>
    <message>
        <source>常高压</source>
        <translation>Constant high pressure</translation>
    </message>
    <message>
        <source>临时高压</source>
        <translation>Temporary high pressure</translation>
    </message>
    <message>
        <source>低压</source>
        <translation>Low pressure</translation>
    </message>
    <message>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>无</source>
        <translation>No</translation>
    </message>
    <message>
        <source>月份，例如 12-2 或 1,2,3</source>
        <translation>months, e.g. 12-2 or 1,2,3</translation>
    </message>
    <message>
        <source>例如 吸水管直接吸水、取水码头、取水井</source>
        <translation>e.g. suction hose, intake pier, intake well</translation>
    </message>
    <message>
        <source>良好</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>较差</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>水源</source>
        <translation>Water source</translation>
    </message>
    <message>
        <source>附近无可用水源</source>
        <translation>No usable water source nearby</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>这条维修记录已被删除</source>
        <translation>This repair has been deleted</translation>
    </message>
    <message>
        <source>检查类型</source>
        <translation>Check kind</translation>
    </message>
    <message>
        <source>维修期限不能早于检查日期</source>
        <translation>The repair deadline cannot be earlier than the check date</translation>
    </message>
    <message>
        <source>找不到水源 #{source_id}</source>
        <translation>Water source #{source_id} not found</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>找不到检查记录 #{inspection_id}</source>
        <translation>Inspection #{inspection_id} not found</translation>
    </message>
    <message>
        <source>请填写故障情况</source>
        <translation>Please describe the fault</translation>
    </message>
    <message>
        <source>找不到维修记录 #{repair_id}</source>
        <translation>Repair #{repair_id} not found</translation>
    </message>
    <message>
        <source>状态只能是：{options}</source>
        <translation>The status must be one of: {options}</translation>
    </message>
    <message>
        <source>元旦</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <source>清明节</source>
        <translation>Tomb-sweeping Day</translation>
    </message>
    <message>
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>端午节</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <source>中秋节</source>
        <translation>Mid-autumn Festival</translation>
    </message>
    <message>
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>元宵节</source>
        <translation>Lantern Festival</translation>
    </message>
    <message>
        <source>全国两会</source>
        <translation>Two Sessions</translation>
    </message>
    <message>
        <source>初次编制</source>
        <translation>First edition</translation>
    </message>
    <message>
        <source>法律法规或上位预案变化</source>
        <translation>Laws or higher-level plans changed</translation>
    </message>
    <message>
        <source>应急指挥机构及其职责调整</source>
        <translation>Command bodies or their duties changed</translation>
    </message>
    <message>
        <source>面临的风险发生重大变化</source>
        <translation>The risks faced changed significantly</translation>
    </message>
    <message>
        <source>重要应急资源发生重大变化</source>
        <translation>Key emergency resources changed significantly</translation>
    </message>
    <message>
        <source>演练或实际应对中发现重大问题</source>
        <translation>Major problems found in a drill or a real response</translation>
    </message>
    <message>
        <source>编制单位认为应当修订的其他情况</source>
        <translation>Other reasons the drafting unit sees for revision</translation>
    </message>
    <message>
        <source>演练（{type}，每{months}个月）</source>
        <translation>Drill ({type}, every {months} months)</translation>
    </message>
    <message>
        <source>修订：{trigger}</source>
        <translation>Revision: {trigger}</translation>
    </message>
    <message>
        <source>整改（{status}，{owner}）</source>
        <translation>Rectification ({status}, {owner})</translation>
    </message>
    <message>
        <source>整改（{status}）</source>
        <translation>Rectification ({status})</translation>
    </message>
    <message>
        <source>同名同日的演练</source>
        <translation>A drill with the same name on the same day</translation>
    </message>
    <message>
        <source>还未到演练日期，不能填写评估结论</source>
        <translation>The drill date has not come yet; no evaluation conclusion can be written</translation>
    </message>
    <message>
        <source>同一演练的相同问题</source>
        <translation>The same problem of the same drill</translation>
    </message>
    <message>
        <source>填写了完成日期，状态应为“已整改”</source>
        <translation>A completion date is filled in, so the status should be Fixed</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>site</translation>
    </message>
    <message>
        <source>重点场所台账</source>
        <translation>Key sites</translation>
    </message>
    <message>
        <source>应急预案台账</source>
        <translation>Emergency plans</translation>
    </message>
    <message>
        <source>{register}中没有{label}“{name}”，请先在{register}中添加</source>
        <translation>Not in {register}: {label} “{name}”; add it to {register} first</translation>
    </message>
    <message>
        <source>{register}中有 {count} 个{label}都叫“{name}”，无法确定</source>
        <translation>{count} entries ({label}) in {register} are called “{name}”; cannot tell which one</translation>
    </message>
    <message>
        <source>台账中已有多个预案叫“{name}”</source>
        <translation>Several plans in the register are called “{name}”</translation>
    </message>
    <message>
        <source>台账中已有多个场所叫“{name}”</source>
        <translation>Several sites in the register are called “{name}”</translation>
    </message>
    <message>
        <source>常态</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>{numbers}，或等级名称：{names}</source>
        <translation>{numbers}, or a level name: {names}</translation>
    </message>
    <message>
        <source>“{written}”不是已设定的战备等级（可填 {levels}）</source>
        <translation>“{written}” is not a configured alert level (write {levels})</translation>
    </message>
    <message>
        <source>每班最少值班员至少为 1 人</source>
        <translation>The minimum staff per shift is at least 1</translation>
    </message>
    <message>
        <source>名称和开始日期（{name}，{start}）</source>
        <translation>Name and start date ({name}, {start})</translation>
    </message>
    <message>
        <source>值班规则：{issue}</source>
        <translation>Duty rule: {issue}</translation>
    </message>
    <message>
        <source>每天只能有一名带班领导，这里写了 {count} 人</source>
        <translation>Each day has one leader on duty; {count} are written here</translation>
    </message>
    <message>
        <source>日期 {date} </source>
        <translation>Date {date} </translation>
    </message>
    <message>
        <source>战备等级“{text}”不是已设的等级（可填：{names}，或留空）</source>
        <translation>Alert level “{text}” is not a configured level (write {names}, or leave it blank)</translation>
    </message>
    <message>
        <source>第{row}行：{date} 战备等级写的是“{text}”，按战备时段应为“{level}”，以战备时段为准</source>
        <translation>Row {row}: {date} has alert level “{text}”, but the alert periods give “{level}”; the periods apply</translation>
    </message>
    <message>
        <source>“{name}”当天已排为{post}，同一人一天只能排一个岗位</source>
        <translation>“{name}” is already on {post} that day; one person takes one post a day</translation>
    </message>
    <message>
        <source>同一人同一时段的请假</source>
        <translation>Leave of the same person for the same period</translation>
    </message>
    <message>
        <source>每行只写一名队员</source>
        <translation>Write one member per row</translation>
    </message>
    <message>
        <source>名册中已有 {count} 名队员叫“{name}”，无法确定更新哪一位</source>
        <translation>{count} members of the roster are called “{name}”; cannot tell which one to update</translation>
    </message>
    <message>
        <source>停用待修：{problem}</source>
        <translation>Out of service for repair: {problem}</translation>
    </message>
    <message>
        <source>车辆台账中没有车牌号“{plate}”，请先在车辆中添加</source>
        <translation>The vehicle register has no plate “{plate}”; add the vehicle first</translation>
    </message>
    <message>
        <source>上次检验日期 {tested} 早于生产日期 {made}</source>
        <translation>Last test date {tested} is before the production date {made}</translation>
    </message>
    <message>
        <source>“{written}”不是灭火剂类型（可填 {agents}，或型号如 MFZ/ABC4、MSZ/6）</source>
        <translation>“{written}” is not an agent type (write {agents}, or a model such as MFZ/ABC4 or MSZ/6)</translation>
    </message>
    <message>
        <source>类型只能是：{options}</source>
        <translation>Type must be one of: {options}</translation>
    </message>
    <message>
        <source>低于储备定额，缺 {amount}{unit}</source>
        <translation>Below the reserve quota, {amount} {unit} short</translation>
    </message>
    <message>
        <source>批次{batch} </source>
        <translation>Batch {batch} </translation>
    </message>
    <message>
        <source>{label}临期（{days}天内）</source>
        <translation>{label}expiring (within {days} days)</translation>
    </message>
    <message>
        <source>{label}临期</source>
        <translation>{label}expiring soon</translation>
    </message>
    <message>
        <source>{what} {amount}{unit}</source>
        <translation>{what} {amount} {unit}</translation>
    </message>
    <message>
        <source>{borrower} 借用 {amount}{unit} 应归还</source>
        <translation>{borrower} borrowed {amount} {unit}, due back</translation>
    </message>
    <message>
        <source>同一物资同一批次</source>
        <translation>The same batch of the same supply</translation>
    </message>
    <message>
        <source>第{row}行：“{name}”此时库存 {now}{unit}，不能{kind} {amount}{unit}（库存不能为负数）</source>
        <translation>Row {row}: “{name}” has {now} {unit} in stock at that point; cannot {kind} {amount} {unit} (stock cannot go negative)</translation>
    </message>
    <message>
        <source>与账面结存 {current}{unit} 不符（相差 {diff}）。数量只能通过出入库记录改变；{hint}</source>
        <translation>Differs from the book balance {current} {unit} (by {diff}). A quantity only changes through stock moves; {hint}</translation>
    </message>
    <message>
        <source>物资台账中没有“{name}”，请先在物资储备中添加</source>
        <translation>The supplies register has no “{name}”; add it under supplies first</translation>
    </message>
    <message>
        <source>第{row}行：“{borrower}”此时借用“{name}”未还 {out}{unit}，不能归还 {back}{unit}</source>
        <translation>Row {row}: “{borrower}” has {out} {unit} of “{name}” on loan at that point; cannot return {back} {unit}</translation>
    </message>
    <message>
        <source>（批次 {batch}）</source>
        <translation> (batch {batch})</translation>
    </message>
    <message>
        <source>盘点调整：{name}{batch} {diff}{unit}（账面 {current} → 实盘 {counted}）</source>
        <translation>Stock count adjustment: {name}{batch} {diff} {unit} (book {current} → counted {counted})</translation>
    </message>
    <message>
        <source>如以实盘为准，请在导入时选择“按实盘调整库存”（命令行加 --adjust-stock）</source>
        <translation>if the count is right, tick “Adjust stock to the count” when importing (command line: --adjust-stock)</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>最近 {name} {metres} 米</source>
        <translation>nearest: {name}, {metres} m</translation>
    </message>
    <message>
        <source>{radius} 米内无可用消防水源（{nearest}）</source>
        <translation>No usable water source within {radius} m ({nearest})</translation>
    </message>
    <message>
        <source>维修（{status}）：{problem}</source>
        <translation>Repair ({status}): {problem}</translation>
    </message>
    <message>
        <source>{text}应填数字（单位 {unit}）</source>
        <translation>{text}: enter a number (in {unit})</translation>
    </message>
    <message>
        <source>这条维修已修复，不能再改状态</source>
        <translation>This repair is done; its status cannot change any more</translation>
    </message>
    <message>
        <source>地上式</source>
        <translation>Above ground</translation>
    </message>
    <message>
        <source>地下式</source>
        <translation>Underground</translation>
    </message>
    <message>
        <source>墙壁式</source>
        <translation>Wall-mounted</translation>
    </message>
    <message>
        <source>河</source>
        <translation>River</translation>
    </message>
    <message>
        <source>溪</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>塘</source>
        <translation>Pond</translation>
    </message>
    <message>
        <source>湖</source>
        <translation>Lake</translation>
    </message>
    <message>
        <source>水库</source>
        <translation>Reservoir</translation>
    </message>
    <message>
        <source>井</source>
        <translation>Well</translation>
    </message>
    <message>
        <source>巡查</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <source>保养</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>普查</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>流量测试</source>
        <translation>Flow test</translation>
    </message>
    <message>
        <source>水源普查</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>普查水源</source>
        <translation>Surveyed sources</translation>
    </message>
    <message>
        <source>水源检查项目</source>
        <translation>Water source check items</translation>
    </message>
    <message>
        <source>水源维修</source>
        <translation>Water source repairs</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>枯水期月份应在1到12之间</source>
        <translation>Dry-season months must be between 1 and 12</translation>
    </message>
    <message>
        <source>应查 {total} 处，已查 {done} 处，不合格 {failed} 处。</source>
        <translation>{done} of {total} sources checked, {failed} failed.</translation>
    </message>
    <message>
        <source>检查合格但仍不可用（原有故障未修复）{count} 处。</source>
        <translation>{count} passed but are still out of use (an earlier fault not repaired).</translation>
    </message>
    <message>
        <source>状态：{counts}</source>
        <translation>Status: {counts}</translation>
    </message>
    <message>
        <source>问题：{counts}</source>
        <translation>Problems: {counts}</translation>
    </message>
    <message>
        <source>没有这种水源类型：{types}</source>
        <translation>No such water-source type: {types}</translation>
    </message>
    <message>
        <source>找不到普查 #{id}</source>
        <translation>Survey #{id} was not found</translation>
    </message>
    <message>
        <source>这个水源不在本次普查范围内</source>
        <translation>This water source is not part of this survey</translation>
    </message>
    <message>
        <source>所选范围内没有需要普查的水源</source>
        <translation>There are no water sources to survey in the chosen scope</translation>
    </message>
    <message>
        <source>这次普查已结束，不能再录入结果</source>
        <translation>This survey is finished; no more results can be entered</translation>
    </message>
    <message>
        <source>消防水源台账</source>
        <translation>Water sources</translation>
    </message>
    <message>
        <source>水源检查记录</source>
        <translation>Water source checks</translation>
    </message>
    <message>
        <source>{kind}一般不填设置形式，已照录“{column}”</source>
        <translation>A {kind} usually has no installation form; “{column}” was kept as written</translation>
    </message>
    <message>
        <source>编号“{code}”</source>
        <translation>Code “{code}”</translation>
    </message>
    <message>
        <source>水源台账中没有编号“{code}”，请先登记水源</source>
        <translation>The water source register has no code “{code}”; register the source first</translation>
    </message>
    <message>
        <source>同一水源同一天同类检查</source>
        <translation>The same kind of check of the same water source on the same day</translation>
    </message>
    <message>
        <source>{kind}一般不填“{column}”，已照录</source>
        <translation>A {kind} usually has no “{column}”; kept as written</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>文件中没有数据行，未导入任何内容。</source>
        <translation>The file has no data rows; nothing was imported.</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>内容过长（{length} 字），最多 {limit} 字</source>
        <translation>Too long ({length} characters); at most {limit}</translation>
    </message>
    <message>
        <source>导入时指定的月份“{month}”</source>
        <translation>the month chosen for the import “{month}”</translation>
    </message>
    <message>
        <source>“{value}”不是 是/否（可填 是、否、√、×、Y、N，空白表示否）</source>
        <translation>“{value}” is not yes/no (write Y or N, √ or ×; blank means no)</translation>
    </message>
    <message>
        <source>“{value}”{refusal}</source>
        <translation>“{value}” {refusal}</translation>
    </message>
    <message>
        <source>“{value}”不在可选值中（{choices}）</source>
        <translation>“{value}” is not one of the choices ({choices})</translation>
    </message>
    <message>
        <source>月份“{written}”应写成 2027-02 的形式（年-月）</source>
        <translation>Month “{written}” should be written like 2027-02 (year-month)</translation>
    </message>
    <message>
        <source>日期“{written}”：{year}年{month}月{day}日是{actual}，不是{weekday}{where}，请核对日期和年份</source>
        <translation>Date “{written}”: {year}-{month}-{day} is a {actual}, not a {weekday}{where}; check the date and the year</translation>
    </message>
    <message>
        <source>不是整数</source>
        <translation>is not a whole number</translation>
    </message>
    <message>
        <source>不是数字</source>
        <translation>is not a number</translation>
    </message>
    <message>
        <source>（按{source}取 {year} 年）</source>
        <translation> (year {year} taken from {source})</translation>
    </message>
    <message>
        <source>无法识别的日期“{written}”，{hint}</source>
        <translation>Date “{written}” not understood; {hint}</translation>
    </message>
    <message>
        <source>日期“{written}”不存在{where}，{hint}</source>
        <translation>Date “{written}” does not exist{where}; {hint}</translation>
    </message>
    <message>
        <source>日期“{written}”没有年份：请写成{year}年{month}月{day}日，或在标题/工作表名中写明年份，或导入时指定月份</source>
        <translation>Date “{written}” has no year: write it as {year}-{month}-{day}, put the year in the title or sheet name, or choose the month when importing</translation>
    </message>
    <message>
        <source>电话“{phone}”前面没有姓名，请写成“姓名 电话”</source>
        <translation>Phone “{phone}” has no name before it; write “name phone”</translation>
    </message>
    <message>
        <source>请写成 2024-02-10 或 2024年2月10日 的形式</source>
        <translation>write it like 2024-02-10</translation>
    </message>
    <message>
        <source>第 {rows} 行：{message}</source>
        <translation>Row {rows}: {message}</translation>
    </message>
    <message>
        <source>无法识别的月份“{written}”，{hint}</source>
        <translation>Months “{written}” not understood; {hint}</translation>
    </message>
    <message>
        <source>月份“{written}”应在 1 到 12 之间，{hint}</source>
        <translation>Months “{written}” must be between 1 and 12; {hint}</translation>
    </message>
    <message>
        <source>请写成 12-2、12月至次年2月 或 1、2、3月 的形式</source>
        <translation>write it like 12-2 (December to February) or 1,2,3</translation>
    </message>
    <message>
        <source>文件中没有名为“{name}”的工作表（有：{sheets}）。</source>
        <translation>The file has no sheet named “{name}” (it has: {sheets}).</translation>
    </message>
    <message>
        <source>工作表名“{name}”</source>
        <translation>the sheet name “{name}”</translation>
    </message>
    <message>
        <source>文件名“{name}”</source>
        <translation>the file name “{name}”</translation>
    </message>
    <message>
        <source>工作表“{name}”</source>
        <translation>sheet “{name}”</translation>
    </message>
    <message>
        <source>在{where}前 {rows} 行中找不到表头。工作表中应有一行列名：{expected}。</source>
        <translation>No header row found in the first {rows} rows of {where}. The sheet needs a row of column names: {expected}.</translation>
    </message>
    <message>
        <source>工作表“{sheet}”有 {rows:,} 行，超过一次导入的上限 {limit:,} 行。请删除多余的空行，或分成几个文件导入。</source>
        <translation>Sheet “{sheet}” has {rows:,} rows, more than the {limit:,} one import can take. Delete the empty rows below the table, or split it into several files.</translation>
    </message>
    <message>
        <source>已忽略表格下方的落款（第 {rows} 行：{labels}），未作为数据导入。</source>
        <translation>The sign-off lines below the table (row {rows}: {labels}) were left out, not imported as data.</translation>
    </message>
    <message>
        <source>工作表“{sheet}”的数据超过一次导入的上限 {limit:,} 行。请删除多余的行，或分成几个文件导入。</source>
        <translation>Sheet “{sheet}” has more than the {limit:,} rows one import can take. Delete the extra rows, or split it into several files.</translation>
    </message>
    <message>
        <source>有 {count} 个日期没有写年份，已按{source}补全年份（第 {rows} 行）。</source>
        <translation>{count} dates had no year; the year was taken from {source} (rows {rows}).</translation>
    </message>
    <message>
        <source>已忽略未识别的列：{columns}</source>
        <translation>Columns not recognised, left out: {columns}</translation>
    </message>
    <message>
        <source>缺少必填列“{column}”{also}</source>
        <translation>Required column “{column}” is missing{also}</translation>
    </message>
    <message>
        <source>必填，不能为空</source>
        <translation>Required, cannot be blank</translation>
    </message>
    <message>
        <source>读取文件时出错（{error}），文件可能已损坏。</source>
        <translation>The file could not be read ({error}); it may be damaged.</translation>
    </message>
    <message>
        <source>（也可写作：{names}）</source>
        <translation> (also accepted: {names})</translation>
    </message>
    <message>
        <source>标题“{title}”</source>
        <translation>the title “{title}”</translation>
    </message>
    <message>
        <source>与“{other}”是同一列（{column}），请只保留一列</source>
        <translation>Same column as “{other}” ({column}); keep only one of them</translation>
    </message>
    <message>
        <source>{label}“{name}”</source>
        <translation>{label} “{name}”</translation>
    </message>
    <message>
        <source>{what}与第 {row} 行重复</source>
        <translation>{what} repeats row {row}</translation>
    </message>
    <message>
        <source>队员名册中没有“{name}”（或已归档），请先在名册中添加</source>
        <translation>“{name}” is not in the team roster (or is archived); add them to the roster first</translation>
    </message>
    <message>
        <source>名册中有 {count} 名队员都叫“{name}”，无法确定是哪一位</source>
        <translation>{count} members of the roster are called “{name}”; cannot tell which one</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>none on file</translation>
    </message>
    <message>
        <source>“{name}”的电话 {phone} 与名册（{on_file}）不符</source>
        <translation>The phone {phone} of “{name}” does not match the roster ({on_file})</translation>
    </message>
    <message>
        <source>文件中的文字表（{name}）解压后有 {size} MB，超过上限 {limit} MB，正常的表格不会这么大，文件可能已损坏或被恶意构造，已拒绝。</source>
        <translation>The file&apos;s text table ({name}) unpacks to {size} MB, over the {limit} MB limit; no normal sheet is that big, so the file may be damaged or crafted. Refused.</translation>
    </message>
    <message>
        <source>文件中的工作表（{name}）解压后有 {size} MB，超过上限 {limit} MB，请删除多余的内容或分成几个文件导入。</source>
        <translation>A sheet of the file ({name}) unpacks to {size} MB, over the {limit} MB limit; delete what is not needed or split it into several files.</translation>
    </message>
    <message>
        <source>文件过大（{size} MB，上限 {limit} MB）。</source>
        <translation>The file is too big ({size} MB, limit {limit} MB).</translation>
    </message>
    <message>
        <source>这是旧版 Excel（.xls）文件或设置了打开密码的文件，无法直接导入。请在 Excel 或 WPS 中打开，取消密码后“另存为” .xlsx 再导入。</source>
        <translation>This is an old Excel (.xls) file or a file with an opening password and cannot be imported directly. Open it in Excel or WPS, remove the password, “Save As” .xlsx and import that.</translation>
    </message>
    <message>
        <source>这不是 Excel 工作簿（.xlsx）文件，请在 Excel 或 WPS 中打开后“另存为” .xlsx 再导入。</source>
        <translation>This is not an Excel workbook (.xlsx). Open it in Excel or WPS, “Save As” .xlsx and import that.</translation>
    </message>
    <message>
        <source>文件内部结构异常（条目过多或重复），已拒绝。</source>
        <translation>The file&apos;s inner structure is abnormal (too many or repeated entries). Refused.</translation>
    </message>
    <message>
        <source>文件解压后过大（{size} MB，上限 {limit} MB），可能已损坏或被恶意构造，已拒绝。</source>
        <translation>The file unpacks too big ({size} MB, limit {limit} MB); it may be damaged or crafted. Refused.</translation>
    </message>
    <message>
        <source>文件中的“{name}”有超过 {limit:,} {what}，正常的表格不会这么多，已拒绝。</source>
        <translation>“{name}” in the file has more than {limit:,} {what}; no normal sheet has that many. Refused.</translation>
    </message>
    <message>
        <source>找不到文件：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>无法读取文件（{reason}），如果它正在 Excel 或 WPS 中打开，请先关闭。</source>
        <translation>The file could not be read ({reason}). If it is open in Excel or WPS, close it first.</translation>
    </message>
    <message>
        <source>文件已损坏，无法读取。</source>
        <translation>The file is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>文件使用了 Excel 不会使用的压缩方式，已拒绝。</source>
        <translation>The file uses a compression Excel never uses. Refused.</translation>
    </message>
    <message>
        <source>条不同的文字</source>
        <translation>distinct texts</translation>
    </message>
    <message>
        <source>行</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>个单元格</source>
        <translation>cells</translation>
    </message>
    <message>
        <source>文件中的“{name}”使用了不支持的字符编码（{encoding}），已拒绝。</source>
        <translation>“{name}” in the file uses an unsupported character encoding ({encoding}). Refused.</translation>
    </message>
    <message>
        <source>文件中的“{name}”压缩比异常（{ratio}:1），可能是恶意构造的压缩炸弹，已拒绝。</source>
        <translation>“{name}” in the file has an abnormal compression ratio ({ratio}:1), possibly a crafted zip bomb. Refused.</translation>
    </message>
    <message>
        <source>文件中的“{name}”含有 DOCTYPE/ENTITY 声明，Excel 本身不会这样写，可能是恶意文件，已拒绝。</source>
        <translation>“{name}” in the file contains a DOCTYPE/ENTITY declaration, which Excel never writes; it may be a malicious file. Refused.</translation>
    </message>
    <message>
        <source>无法识别这个文本文件的文字编码（既不是 UTF-8，也不是 GBK/GB18030）。请在 Excel 或 WPS 中打开后“另存为” .xlsx，或另存为“CSV UTF-8”再导入。</source>
        <translation>The text encoding of this file is not recognised (neither UTF-8 nor GBK/GB18030). Open it in Excel or WPS and “Save As” .xlsx or “CSV UTF-8”, then import that.</translation>
    </message>
    <message>
        <source>文件是空的（0 字节），没有可导入的内容。</source>
        <translation>The file is empty (0 bytes); there is nothing to import.</translation>
    </message>
    <message>
        <source>这不是 Excel/WPS 表格或 CSV 文件，无法导入。请在 Excel 或 WPS 中打开后“另存为” .xlsx 再导入。</source>
        <translation>This is not an Excel/WPS spreadsheet or a CSV file and cannot be imported. Open it in Excel or WPS, “Save As” .xlsx and import that.</translation>
    </message>
    <message>
        <source>这是网页（HTML）或 XML 格式的表格（有些系统导出的“.xls”其实是这种文件），无法直接导入。请在 Excel 或 WPS 中打开，“另存为” Excel 工作簿（.xlsx）再导入。</source>
        <translation>This is a web page (HTML) or XML table (some systems export such files as “.xls”) and cannot be imported directly. Open it in Excel or WPS, “Save As” an Excel workbook (.xlsx) and import that.</translation>
    </message>
    <message>
        <source>“{name}”的内容是文本表格（CSV），已按 CSV 读取。</source>
        <translation>“{name}” holds a text table (CSV) and was read as CSV.</translation>
    </message>
    <message>
        <source>文件已损坏或不是标准的 Excel 工作簿，无法读取（{error}）。</source>
        <translation>The file is damaged or not a standard Excel workbook and cannot be read ({error}).</translation>
    </message>
    <message>
        <source>CSV 文件第 {row} 行无法读取（{reason}），文件可能已损坏。</source>
        <translation>Row {row} of the CSV file cannot be read ({reason}); the file may be damaged.</translation>
    </message>
    <message>
        <source>这个 Excel 文件设置了打开密码，无法读取。请在 Excel 或 WPS 中打开，取消密码后“另存为” .xlsx 再导入。</source>
        <translation>This Excel file has an opening password and cannot be read. Open it in Excel or WPS, remove the password, “Save As” .xlsx and import that.</translation>
    </message>
    <message>
        <source>这是 WPS 表格自己的格式（.et），无法直接读取。请在 WPS 中打开它，点“文件 → 另存为”，文件类型选“Excel 工作簿（*.xlsx）”，再导入另存的文件。</source>
        <translation>This is WPS Spreadsheets&apos; own format (.et) and cannot be read directly. Open it in WPS, choose File → Save As, pick the type Excel Workbook (*.xlsx), and import the saved file.</translation>
    </message>
    <message>
        <source>无法读取这个旧版 Excel（.xls）文件，它可能已损坏。请在 Excel 或 WPS 中打开后“另存为” .xlsx 再导入。</source>
        <translation>This old Excel (.xls) file cannot be read; it may be damaged. Open it in Excel or WPS, “Save As” .xlsx and import that.</translation>
    </message>
    <message>
        <source>文件有 {rows:,} 行以上，超过表格的最大行数 {limit:,}，可能不是表格文件，已拒绝。</source>
        <translation>The file has more than {rows:,} rows, over a spreadsheet&apos;s maximum of {limit:,}; it may not be a spreadsheet. Refused.</translation>
    </message>
    <message>
        <source>CSV 文件第 {row} 行有一个单元格超过 {limit:,} 个字符，文件可能已损坏或不是表格，已拒绝。</source>
        <translation>Row {row} of the CSV file has a cell longer than {limit:,} characters; the file may be damaged or not a table. Refused.</translation>
    </message>
    <message>
        <source>这个文件不含 Excel 工作表（可能是 Word 等其他文档）。请在 Excel 或 WPS 中打开表格后“另存为” .xlsx 再导入。</source>
        <translation>This file holds no Excel sheet (it may be a Word or other document). Open the table in Excel or WPS, “Save As” .xlsx and import that.</translation>
    </message>
    <message>
        <source>问题太多，仅列出前 {limit} 个（另有 {dropped} 个未列出）</source>
        <translation>Too many problems: only the first {limit} are listed ({dropped} more not listed)</translation>
    </message>
    <message>
        <source>共读取 {rows} 行：新增 {added}，更新 {updated}，替换 {replaced}，未变 {unchanged}。</source>
        <translation>{rows} rows read: {added} added, {updated} updated, {replaced} replaced, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>已在“{title}”中新增：{values}</source>
        <translation>Added to “{title}”: {values}</translation>
    </message>
    <message>
        <source>无法在“{folder}”中创建临时文件。</source>
        <translation>Cannot create a temporary file in “{folder}”.</translation>
    </message>
    <message>
        <source>无法写入“{name}”：文件可能正在 Excel 或 WPS 中打开，请关闭后重试。</source>
        <translation>Cannot write “{name}”: it may be open in Excel or WPS. Close it and try again.</translation>
    </message>
    <message>
        <source>无法写入“{name}”：没有在该文件夹中保存文件的权限。</source>
        <translation>Cannot write “{name}”: no permission to save files in that folder.</translation>
    </message>
    <message>
        <source>演练与预案</source>
        <translation>Drills and plans</translation>
    </message>
    <message>
        <source>现场处置方案：演练间隔</source>
        <translation>On-site response plan: drill interval</translation>
    </message>
    <message>
        <source>月</source>
        <translation>months</translation>
    </message>
    <message>
        <source>人员密集、高风险场所：演练间隔</source>
        <translation>Crowded and high-risk sites: drill interval</translation>
    </message>
    <message>
        <source>人员密集场所的场所类型</source>
        <translation>Site types that are crowded places</translation>
    </message>
    <message>
        <source>高风险场所的场所类型</source>
        <translation>Site types that are high-risk</translation>
    </message>
    <message>
        <source>其他写明场所的预案：演练间隔</source>
        <translation>Other plans naming a site: drill interval</translation>
    </message>
    <message>
        <source>其他预案（总体、专项等）：演练间隔</source>
        <translation>Other plans (general, special…): drill interval</translation>
    </message>
    <message>
        <source>预案评估间隔</source>
        <translation>Plan evaluation interval</translation>
    </message>
    <message>
        <source>到期提醒</source>
        <translation>Due reminders</translation>
    </message>
    <message>
        <source>“即将到期”提前天数</source>
        <translation>Days ahead counted as &quot;due soon&quot;</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>报废：提前提醒天数</source>
        <translation>Scrapping: days of warning</translation>
    </message>
    <message>
        <source>已逾期：文字颜色</source>
        <translation>Overdue: text colour</translation>
    </message>
    <message>
        <source>即将到期：文字颜色</source>
        <translation>Due soon: text colour</translation>
    </message>
    <message>
        <source>已逾期：底色</source>
        <translation>Overdue: background</translation>
    </message>
    <message>
        <source>即将到期：底色</source>
        <translation>Due soon: background</translation>
    </message>
    <message>
        <source>例行检查间隔</source>
        <translation>Routine check interval</translation>
    </message>
    <message>
        <source>一级保养间隔</source>
        <translation>Level 1 service interval</translation>
    </message>
    <message>
        <source>保养、测试：提前提醒天数</source>
        <translation>Services and tests: days of warning</translation>
    </message>
    <message>
        <source>二级保养间隔</source>
        <translation>Level 2 service interval</translation>
    </message>
    <message>
        <source>水泵性能测试间隔</source>
        <translation>Pump performance test interval</translation>
    </message>
    <message>
        <source>装备器材</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>水带：检验间隔</source>
        <translation>Hoses: test interval</translation>
    </message>
    <message>
        <source>呼吸器：检测间隔</source>
        <translation>Breathing apparatus: test interval</translation>
    </message>
    <message>
        <source>气瓶：检验间隔</source>
        <translation>Cylinders: test interval</translation>
    </message>
    <message>
        <source>气瓶：使用年限</source>
        <translation>Cylinders: service life</translation>
    </message>
    <message>
        <source>年</source>
        <translation>years</translation>
    </message>
    <message>
        <source>防护服：高级检查间隔</source>
        <translation>Protective clothing: advanced inspection interval</translation>
    </message>
    <message>
        <source>防护服：报废年限</source>
        <translation>Protective clothing: service life</translation>
    </message>
    <message>
        <source>灭火器（未填类型）：首次维修</source>
        <translation>Extinguisher (agent not given): first service</translation>
    </message>
    <message>
        <source>灭火器（未填类型）：维修间隔（首次后）</source>
        <translation>Extinguisher (agent not given): service interval (after the first)</translation>
    </message>
    <message>
        <source>灭火器（未填类型）：报废年限</source>
        <translation>Extinguisher (agent not given): service life</translation>
    </message>
    <message>
        <source>灭火器（干粉）：首次维修</source>
        <translation>Extinguisher (dry powder): first service</translation>
    </message>
    <message>
        <source>灭火器（干粉）：维修间隔（首次后）</source>
        <translation>Extinguisher (dry powder): service interval (after the first)</translation>
    </message>
    <message>
        <source>灭火器（干粉）：报废年限</source>
        <translation>Extinguisher (dry powder): service life</translation>
    </message>
    <message>
        <source>灭火器（水基）：首次维修</source>
        <translation>Extinguisher (water-based): first service</translation>
    </message>
    <message>
        <source>灭火器（水基）：维修间隔（首次后）</source>
        <translation>Extinguisher (water-based): service interval (after the first)</translation>
    </message>
    <message>
        <source>灭火器（水基）：报废年限</source>
        <translation>Extinguisher (water-based): service life</translation>
    </message>
    <message>
        <source>灭火器（泡沫）：首次维修</source>
        <translation>Extinguisher (foam): first service</translation>
    </message>
    <message>
        <source>灭火器（泡沫）：维修间隔（首次后）</source>
        <translation>Extinguisher (foam): service interval (after the first)</translation>
    </message>
    <message>
        <source>灭火器（泡沫）：报废年限</source>
        <translation>Extinguisher (foam): service life</translation>
    </message>
    <message>
        <source>灭火器（二氧化碳）：首次维修</source>
        <translation>Extinguisher (CO2): first service</translation>
    </message>
    <message>
        <source>灭火器（二氧化碳）：维修间隔（首次后）</source>
        <translation>Extinguisher (CO2): service interval (after the first)</translation>
    </message>
    <message>
        <source>灭火器（二氧化碳）：报废年限</source>
        <translation>Extinguisher (CO2): service life</translation>
    </message>
    <message>
        <source>灭火器（洁净气体）：首次维修</source>
        <translation>Extinguisher (clean agent): first service</translation>
    </message>
    <message>
        <source>灭火器（洁净气体）：维修间隔（首次后）</source>
        <translation>Extinguisher (clean agent): service interval (after the first)</translation>
    </message>
    <message>
        <source>灭火器（洁净气体）：报废年限</source>
        <translation>Extinguisher (clean agent): service life</translation>
    </message>
    <message>
        <source>其他器材：检查间隔</source>
        <translation>Other equipment: check interval</translation>
    </message>
    <message>
        <source>临期提醒（近）</source>
        <translation>Expiry warning (near)</translation>
    </message>
    <message>
        <source>临期提醒（远）</source>
        <translation>Expiry warning (far)</translation>
    </message>
    <message>
        <source>消防水源</source>
        <translation>Fire water sources</translation>
    </message>
    <message>
        <source>消火栓保护半径</source>
        <translation>Hydrant protection radius</translation>
    </message>
    <message>
        <source>米</source>
        <translation>m</translation>
    </message>
    <message>
        <source>室外消火栓最大间距</source>
        <translation>Largest spacing of outdoor hydrants</translation>
    </message>
    <message>
        <source>管网最低压力</source>
        <translation>Lowest main pressure</translation>
    </message>
    <message>
        <source>消火栓检查间隔</source>
        <translation>Hydrant check interval</translation>
    </message>
    <message>
        <source>消防水池检查间隔</source>
        <translation>Fire water tank check interval</translation>
    </message>
    <message>
        <source>天然水源检查间隔</source>
        <translation>Natural source check interval</translation>
    </message>
    <message>
        <source>流量等级配色（NFPA/AWWA）</source>
        <translation>Flow class colours (NFPA/AWWA)</translation>
    </message>
    <message>
        <source>取水点</source>
        <translation>Intake point</translation>
    </message>
    <message>
        <source>修订日期</source>
        <translation>Revision date</translation>
    </message>
    <message>
        <source>发布日期</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>评估日期</source>
        <translation>Evaluation date</translation>
    </message>
    <message>
        <source>取水码头</source>
        <translation>Intake pier</translation>
    </message>
    <message>
        <source>可用</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>故障</source>
        <translation>Faulty</translation>
    </message>
    <message>
        <source>维修中</source>
        <translation>Under repair</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>撤除</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>待报修</source>
        <translation>To report</translation>
    </message>
    <message>
        <source>已报修</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>已修复</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <source>静压应大于残压，且残压大于0</source>
        <translation>The static pressure must be above the residual pressure, and the residual above 0</translation>
    </message>
    <message>
        <source>皮托管压力和出水口直径必须大于0</source>
        <translation>The pitot pressure and the outlet diameter must be above 0</translation>
    </message>
    <message>
        <source>编号“{code}”已被另一个水源使用</source>
        <translation>Code “{code}” is used by another water source</translation>
    </message>
    <message>
        <source>有枯水期时请填写枯水期月份</source>
        <translation>Please enter the dry months when there is a dry season</translation>
    </message>
    <message>
        <source>{label}不能小于{minimum}</source>
        <translation>{label} cannot be less than {minimum}</translation>
    </message>
    <message>
        <source>可用状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{label}应填数字</source>
        <translation>{label}: enter a number</translation>
    </message>
    <message>
        <source>{label}应为整数</source>
        <translation>{label}: enter a whole number</translation>
    </message>
    <message>
        <source>找不到编号为“{code}”的水源</source>
        <translation>No water source has the code “{code}”</translation>
    </message>
    <message>
        <source>枯水期应为月份，例如 12-2、11月至次年3月 或 1、2、3月</source>
        <translation>Dry months must be months, e.g. 12-2 or 1,2,3</translation>
    </message>
    <message>
        <source>不能恢复“{own}”：在用水源“{twin}”的编号与它相同（不分大小写、全角半角和空格）。请先给其中一处换一个编号。</source>
        <translation>Cannot restore “{own}”: the water source in use “{twin}” has the same code (ignoring case, full-width forms and spaces). Give one of them another code first.</translation>
    </message>
    <message>
        <source>{label}应填数字（单位 {unit}）</source>
        <translation>{label}: enter a number (in {unit})</translation>
    </message>
    <message>
        <source>普查名称</source>
        <translation>Survey name</translation>
    </message>
</context>
<context>
    <name>drills.dialogs.findings</name>
    <message>
        <source>推进整改状态</source>
        <translation>Advance finding</translation>
    </message>
    <message>
        <source>请先在表格中选中一个问题。</source>
        <translation>Select a finding in the table first.</translation>
    </message>
    <message>
        <source>这条问题已整改完毕。</source>
        <translation>This finding is fixed.</translation>
    </message>
</context>
<context>
    <name>drills.dialogs.plans</name>
    <message>
        <source>第{number}版&#x3000;{revised_on:%Y-%m-%d}&#x3000;{trigger}</source>
        <translation>v{number}  {revised_on:%Y-%m-%d}  {trigger}</translation>
    </message>
    <message>
        <source>批准人：{value1}</source>
        <translation>Approved by: {value1}</translation>
    </message>
    <message>
        <source>修订说明：{reason}</source>
        <translation>Revision notes: {reason}</translation>
    </message>
</context>
<context>
    <name>drills.pages.sites</name>
    <message>
        <source>{code} {name} {distance_m:.0f}米</source>
        <translation>{code} {name} {distance_m:.0f} m</translation>
    </message>
    <message>
        <source>附近没有可用水源</source>
        <translation>No available source nearby</translation>
    </message>
    <message>
        <source>⚠ 缺口：</source>
        <translation>⚠ Gap: </translation>
    </message>
    <message>
        <source>“{name}”已有预案或演练记录</source>
        <translation>“{name}” has plans or drills</translation>
    </message>
    <message>
        <source>重点场所</source>
        <translation>Key sites</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>所属村（社区）</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>相关预案</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>最近可用水源</source>
        <translation>Nearest available source</translation>
    </message>
    <message>
        <source>经度, 纬度</source>
        <translation>Longitude, latitude</translation>
    </message>
    <message>
        <source>坐标系</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>还没有重点场所：点“新增…”登记学校、养老院、企业等，或点“导入…”导入场所清单。</source>
        <translation>No key sites yet: click “New…” to add schools, care homes, firms…, or “Import…” to import a list.</translation>
    </message>
    <message>
        <source>最近可用水源按坐标计算（保护半径见“设置”）；标红的场所在保护半径内没有可用水源。学校、幼儿园、卫生院、养老院、市场、企业、棋牌室等人员密集或高风险场所，每半年至少熟悉演练一次。</source>
        <translation>The nearest available source comes from the coordinates (radius in Settings); red sites have none within the radius. Crowded or high-risk sites (schools, kindergartens, clinics, care homes, markets, firms, card rooms) need a familiarisation drill at least every six months.</translation>
    </message>
</context>
<context>
    <name>drills.workspace</name>
    <message>
        <source>出席</source>
        <translation>Present</translation>
    </message>
</context>
<context>
    <name>duty.pages</name>
    <message>
        <source>{name}有值班、请假或演练签到等记录，不能删除</source>
        <translation>{name} has duty, leave or drill sign-in records and cannot be deleted</translation>
    </message>
    <message>
        <source>队员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>可任带班领导</source>
        <translation>Can lead</translation>
    </message>
    <message>
        <source>驾驶员</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>入队日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>值班次数</source>
        <translation>Duties</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>还没有队员：点“新增…”逐个登记，或点“导入…”导入办公室的花名册。</source>
        <translation>No members yet: click “New…” to add them one by one, or “Import…” to import the office&apos;s roster.</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>还没有请假记录：队员请假时点“新增…”登记，排班会自动避开请假的日子。</source>
        <translation>No leave yet: click “New…” when a member takes leave; the roster avoids those days.</translation>
    </message>
    <message>
        <source>请假期间不会被排班；已排的日期会在值班表中提示冲突。</source>
        <translation>Members on leave are not scheduled; days already scheduled show a conflict in the roster.</translation>
    </message>
    <message>
        <source>战备时段</source>
        <translation>Readiness periods</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>每班最少值班员</source>
        <translation>Minimum on duty per shift</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>还没有战备时段：点“载入冬春预设…”载入节假日和两会，或点“新增…”。</source>
        <translation>No alert periods yet: click “Load winter presets…” for the holidays and NPC session, or “New…”.</translation>
    </message>
    <message>
        <source>载入冬春预设…</source>
        <translation>Load winter presets…</translation>
    </message>
    <message>
        <source>全国两会会期…</source>
        <translation>NPC session dates…</translation>
    </message>
    <message>
        <source>元旦、春节、元宵节按农历和国家法定假日计算，全国两会按“全国两会会期”表（以后年份待核对），均可修改。</source>
        <translation>New Year, Spring Festival and Lantern Festival follow the lunar calendar and public holidays; the NPC session follows the NPC session dates table (later years to be checked). All can be changed.</translation>
    </message>
    <message>
        <source>来电记录</source>
        <translation>Call log</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>来电单位</source>
        <translation>Caller&apos;s unit</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>处理情况</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>报告领导</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>接·报·传·跟：接到来电如实记录，重要情况立即报告带班领导并跟踪处理结果。</source>
        <translation>Take, report, pass on, follow up: record each call as received, report important ones to the leader at once and follow them up.</translation>
    </message>
    <message>
        <source>还没有来电记录：接到来电时点“新增…”记下来（首页的“记录来电”也可以）。</source>
        <translation>No calls yet: click “New…” when a call comes in (or “Log a call” on the home page).</translation>
    </message>
    <message>
        <source>交接班</source>
        <translation>Handovers</translation>
    </message>
    <message>
        <source>值班日期</source>
        <translation>Duty date</translation>
    </message>
    <message>
        <source>交接时间</source>
        <translation>Handover time</translation>
    </message>
    <message>
        <source>交班人</source>
        <translation>Handed by</translation>
    </message>
    <message>
        <source>接班人</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>有异常</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>设备车辆</source>
        <translation>Equipment/vehicles</translation>
    </message>
    <message>
        <source>移交事项</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>打印当班记录…</source>
        <translation>Print this record…</translation>
    </message>
    <message>
        <source>打印空白表…</source>
        <translation>Print blank form…</translation>
    </message>
    <message>
        <source>还没有交接班记录：交接班时点“新增…”填写（首页的“填写交接班”也可以）。</source>
        <translation>No handovers yet: click “New…” at handover (or “Fill in a handover” on the home page).</translation>
    </message>
</context>
<context>
    <name>duty.roster</name>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
</context>
<context>
    <name>duty.sessions</name>
    <message>
        <source>本办公室录入</source>
        <translation>Entered by the office</translation>
    </message>
    <message>
        <source>程序内置</source>
        <translation>Built in</translation>
    </message>
</context>
<context>
    <name>fleet.check</name>
    <message>
        <source>检查已保存。{subject} 已转为“维修”状态，维修单 #{repair_id} 已开具，可在“维修”页推进。</source>
        <translation>Check saved. {subject} is now under repair; repair order #{repair_id} was opened on the Repairs page.</translation>
    </message>
</context>
<context>
    <name>fleet.pages.equipment</name>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>上次检验</source>
        <translation>Last test</translation>
    </message>
    <message>
        <source>下次检验</source>
        <translation>Next test</translation>
    </message>
    <message>
        <source>到期报废</source>
        <translation>Retire by</translation>
    </message>
</context>
<context>
    <name>fleet.pages.vehicles</name>
    <message>
        <source>例行</source>
        <translation>routine check</translation>
    </message>
    <message>
        <source>一级保养</source>
        <translation>level 1 service</translation>
    </message>
    <message>
        <source>二级保养</source>
        <translation>level 2 service</translation>
    </message>
    <message>
        <source>水泵测试</source>
        <translation>pump test</translation>
    </message>
    <message>
        <source>{due} 已超期</source>
        <translation>{due} overdue</translation>
    </message>
    <message>
        <source>下次{SHORT}</source>
        <translation>Next {SHORT}</translation>
    </message>
    <message>
        <source>战备状态报告</source>
        <translation>Readiness report</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>无法打开数据库：
{exc}</source>
        <translation>Cannot open the database:
{exc}</translation>
    </message>
</context>
<context>
    <name>shell.audit_check</name>
    <message>
        <source>⚠ 修改记录校验发现 {count} 处问题，数据可能被绕过本程序改动。请在命令行运行 rescue-ledger audit verify 查看详情。</source>
        <translation>⚠ The change log check found {count} problems: the data may have been changed outside this program. Run rescue-ledger audit verify on the command line for details.</translation>
    </message>
</context>
<context>
    <name>shell.backup_dialog</name>
    <message>
        <source>用这个备份替换当前数据库？
{label}
{path}

恢复之前会自动备份当前数据库。</source>
        <translation>Replace the current database with this backup?
{label}
{path}

The current database is backed up before the restore.</translation>
    </message>
</context>
<context>
    <name>shell.users</name>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>water.check</name>
    <message>
        <source>已保存。{source_code} 现为“{source_status}”，维修单 #{repair_id} 已开具（在“维修…”中推进）。</source>
        <translation>Saved. {source_code} is now “{source_status}”; repair order #{repair_id} was opened (advance it under Repairs…).</translation>
    </message>
</context>
<context>
    <name>water.common</name>
    <message>
        <source>可用（枯水期）</source>
        <extracomment>Light backgrounds for the 可用状态 cell (the text stays readable).</extracomment>
        <translation>Available (dry season)</translation>
    </message>
    <message>
        <source>市政消火栓检查表</source>
        <translation>Hydrant check form</translation>
    </message>
    <message>
        <source>消防水池/天然水源检查表</source>
        <translation>Tank/natural source check form</translation>
    </message>
    <message>
        <source>消防水源台账（{village}）</source>
        <translation>Fire water register ({village})</translation>
    </message>
    <message>
        <source>消防水源台账</source>
        <translation>Fire water register</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>请先选中一处水源。</source>
        <translation>Select a water source first.</translation>
    </message>
    <message>
        <source>请先在“全部村社”处选择一个村（社区），或选中该村的一处水源。</source>
        <translation>Choose a village under “All villages” first, or select one of its sources.</translation>
    </message>
    <message>
        <source>所选水源的检查表（已填）…</source>
        <translation>Check form of the selected source (filled)…</translation>
    </message>
    <message>
        <source>空白市政消火栓检查表…</source>
        <translation>Blank hydrant check form…</translation>
    </message>
    <message>
        <source>空白消防水池/天然水源检查表…</source>
        <translation>Blank tank/natural source check form…</translation>
    </message>
    <message>
        <source>水源台账（全部，A4横向）…</source>
        <translation>Water register (all, A4 landscape)…</translation>
    </message>
    <message>
        <source>水源台账（本村社）…</source>
        <translation>Water register (this village)…</translation>
    </message>
</context>
<context>
    <name>water.history</name>
    <message>
        <source>全部合格</source>
        <translation>All pass</translation>
    </message>
    <message>
        <source>{text}；处理：{follow_up}</source>
        <translation>{text}; action: {follow_up}</translation>
    </message>
    <message>
        <source>处理：{follow_up}</source>
        <translation>Action: {follow_up}</translation>
    </message>
    <message>
        <source>（报修：{reported_to}，期限 {value1}）</source>
        <translation>(reported to {reported_to}, deadline {value1})</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>静压 {static_mpa:g} / 残压 {residual_mpa:g} / 皮托 {pitot_mpa:g} MPa，出水口 {outlet_mm:g} mm：实测 {flow_lps:.1f} L/s，0.14 MPa 时 {rated_lps:.1f} L/s</source>
        <translation>Static {static_mpa:g} / residual {residual_mpa:g} / pitot {pitot_mpa:g} MPa, outlet {outlet_mm:g} mm: measured {flow_lps:.1f} L/s, {rated_lps:.1f} L/s at 0.14 MPa</translation>
    </message>
    <message>
        <source>流量测试</source>
        <translation>Flow test</translation>
    </message>
    <message>
        <source>{flow_class} 级</source>
        <translation>Class {flow_class}</translation>
    </message>
</context>
<context>
    <name>water.pages.coverage</name>
    <message>
        <source>{code} {name}（{distance_m:.0f} 米）</source>
        <translation>{code} {name} ({distance_m:.0f} m)</translation>
    </message>
    <message>
        <source>{code}（{distance_m:.0f} 米）</source>
        <translation>{code} ({distance_m:.0f} m)</translation>
    </message>
</context>
<context>
    <name>water.pages.sources</name>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>所属村社</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>可用状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>流量等级</source>
        <translation>Flow class</translation>
    </message>
    <message>
        <source>上次检查</source>
        <translation>Last check</translation>
    </message>
    <message>
        <source>下次检查</source>
        <translation>Next check</translation>
    </message>
    <message>
        <source>水源归属</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>经度, 纬度</source>
        <translation>Longitude, latitude</translation>
    </message>
</context>
<context>
    <name>widgets.problems</name>
    <message>
        <source>处</source>
        <extracomment>How many places one grouped line names before it says 等; a problem seen this often or less is listed once per place. Up to this many lines a plain message box shows them; more scroll in a ProblemsBox.</extracomment>
        <translation>places</translation>
    </message>
    <message>
        <source>{where}：{message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source> 等</source>
        <translation> etc.</translation>
    </message>
    <message>
        <source>{message}（{named}，共 {count} {unit}）</source>
        <translation>{message} ({named}; {count} {unit} in all)</translation>
    </message>
</context>
</TS>
