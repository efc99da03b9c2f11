"""The book's own refusal texts (zh, en), registered with desktop.core.explain on import."""

from __future__ import annotations

from desktop.core.explain import register

register({
    "name_required": ("请填写姓名。", "Enter a name."),
    "unknown_value": ("{field}的值“{value}”不认识。", "Unknown {field}: “{value}”."),
    "unknown_region": ("没有地区代码 {code} 的地区资料。", "There is no region pack for code {code}."),
    "birth_in_future": ("出生日期不能晚于今天。", "The birth date cannot be in the future."),
    "enrolled_in_future": ("参保缴费日期不能晚于今天。", "The enrolment date cannot be in the future."),
    "enrolled_before_birth": ("参保缴费日期不能早于出生日期。", "The enrolment date cannot be before the birth date."),
    "gap_years_range": ("断保年数应为 0 到 {most} 之间的整数。", "Years without insurance must be a whole number "
                        "from 0 to {most}."),
    "id_number": ("{message}", "{message}"),
    "no_member": ("没有编号为 {id} 的家庭成员。", "There is no family member no. {id}."),
    "no_record": ("没有编号为 {id} 的{what}。", "There is no {what} no. {id}."),
    "member_in_use": (
        "{name}还有相关记录，不能删除：{uses}。请先删除或改动这些记录。",
        "{name} still has records and cannot be removed: {uses}. Remove or change those first.",
    ),
    "stale_days_range": ("天数应在 1 到 {most} 之间。", "The number of days must be between 1 and {most}."),
    "same_account_twice": ("家庭成员 {id} 的{account}在这次更新里出现了两次。",
                           "The {account} of family member no. {id} appears twice in this update."),
    "negative_amount": ("{field}不能是负数。", "{field} cannot be negative."),
    "advise_months": ("省钱建议的月数必须在 {lo} 到 {hi} 之间，现在是 {months}。",
                      "The savings plan covers {lo} to {hi} months; it is {months}."),
    "advise_protect": ("给付款人自己留的比例必须在 0% 到 100% 之间，现在是 {pct}%。",
                       "The share kept for each payer must be 0 % to 100 %; it is {pct} %."),
    "amount_over_total": ("统筹实际支付 {fund_fen} 不能大于总费用 {total_fen}。",
                          "The fund's actual share {fund_fen} cannot exceed the total {total_fen}."),
    "relation_unknown": (
        "无法从两人与户主的关系推断亲属关系，请直接选择被授权人是授权人的什么人。",
        "The relation cannot be worked out from their relations to the household head; choose it directly.",
    ),
    "binding_state": ("这条绑定现在是“{status}”，不能{action}。", "This binding is “{status}”; it cannot be {action}."),
    "binding_not_terminable": ("{region}的规定：共济绑定不能由授权人随时终止（{why}）。",
                               "In {region} a binding cannot be ended at will ({why})."),
    "binding_in_use": ("这条绑定已经付过钱，不能删除；可以终止它。",
                       "This binding has paid for visits and cannot be deleted; terminate it instead."),
    "planned_transfer_done": ("这笔计划的转账已经做过了。", "This planned transfer has been made already."),
    "transfer_state": ("这笔转账{state}，不能再{action}。", "This transfer is {state}; it cannot be {action}."),
    "transfer_too_late": (
        "这笔转账在 {returns_at} 已退回转出方，不能再接收。",
        "This transfer went back to the sender at {returns_at}; it can no longer be received.",
    ),
    "transfer_before_request": ("接收时间不能早于转出时间 {at}。", "It cannot be received before it was sent ({at})."),
    "proj_rules_change": (
        "{region}的规定自 {day} 起有新版本：这份预测里每次看病统筹付多少按当月的规定计算，"
        "付款顺序、留存额度、转账和保费按 {first} 时的规定计算。",
        "The rules of {region} have a new version from {day}: in this projection the fund's share of each visit "
        "follows its own month's rules, while the order of payment, reserve floors, transfers and premiums follow "
        "the rules in force on {first}.",
    ),
    "proj_book_waiting_transfer": (
        "{payer}转给{name}的 {amount_fen} 还没有接收，预测按已经接收计算（没接收的话，{return_time} 会退回{payer}）。",
        "The {amount_fen} from {payer} to {name} has not been accepted yet; the projection counts it as accepted "
        "(if it is not, it goes back to {payer} at {return_time}).",
    ),
    "proj_book_transfer_relation": (
        "看不出{name}是{payer}的什么亲属，计划的钱包转账没有按规定检查。",
        "It cannot be told how {name} is related to {payer}, so the planned wallet transfer was not checked "
        "against the rules.",
    ),
    "year_range": ("年份应在 {first} 到 {last} 之间，而不是 {year}。", "The year must be between {first} and {last}, not {year}."),
    "undo_stale": ("这一步已经不能撤销或重做：相关记录在那之后又改过。",
                   "This step can no longer be undone or redone: its records have changed since."),
    "book_not_empty": (
        "这本账里已经有记录；导入整本账会替换现有内容，请确认“替换”。",
        "This book already has records; importing a whole book replaces them. Confirm “replace” to go on.",
    ),
})
