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
    "coverage_end_needs_day": ("请填写参保终止或转移的日期。", "Enter the day the insurance ended or moved."),
    "coverage_end_before_birth": ("参保变化的日期不能早于出生日期。", "The day of the change cannot be before the birth date."),
    "moved_from_unknown": ("转移参保要写明原来的参保地。", "For a move, give the place the insurance moved from."),
    "moved_to_same_place": ("转移后的参保地（{code}）和原来的一样；请填写新的参保地。",
                            "The new insured place ({code}) is the one it moved from; enter the new place."),
    "plan_before_quota": ("{day} 之前：{amount_fen}，分 {count} 笔转。", "Before {day}: {amount_fen} in {count} transfers."),
    "plan_quota_model": (
        "从 {day} 起医保钱包按“共济额度”方式共济（{why}）：那以后不用转账，计划里没有排那些天；可以在“医保钱包”页给{name}设"
        "共济额度（{left_fen}）。",
        "From {day} the wallet shares by family quota ({why}): no transfer is needed then, so the plan leaves those "
        "days out; set a quota for {name} on the Wallet page instead ({left_fen}).",
    ),
    "quota_model_transfer": (
        "{day} 家庭的医保钱包按“钱包转账”方式共济（{why}），不能设共济额度；可以在医保钱包页改成“共济额度”。",
        "On {day} the family's wallet shares by wallet transfers ({why}), so no quota can be set; switch to "
        "“family quota” on the Wallet page.",
    ),
    "quota_same_person": ("不能给自己设共济额度。", "A quota cannot be set for oneself."),
    "quota_not_positive": ("额度必须大于0。", "The quota must be above zero."),
    "quota_over_usable": (
        "{name}在 {at} 本人能用的个人账户余额只有 {usable_fen}，设不了 {amount_fen} 的额度。",
        "At {at} {name} can use only {usable_fen} of the own account; a quota of {amount_fen} cannot be set.",
    ),
    "quota_after_coverage_end": (
        "{name}的医保在 {day} {why}，之后不能再设共济额度（F-N9）。",
        "{name}'s insurance {why} on {day}; no quota can be set after that (F-N9).",
    ),
    "quota_one_standing": (
        "{payer}给{receiver}的共济额度还在（{amount_fen}）；请先取消那一条，再设新的。",
        "{payer} already has a quota standing for {receiver} ({amount_fen}); end that one before setting a new one.",
    ),
    "quota_state": ("这条共济额度已经结束，不能再取消。", "This quota has already ended; it cannot be ended again."),
    "quota_end_before_set": ("取消时间不能早于设置时间 {at}。", "It cannot end before it was set ({at})."),
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
    "premium_same_person": ("不能用本人的账户给自己“代缴”保费。", "A premium cannot be planned from a person's own account."),
    "premium_not_positive": ("保费必须大于 0。", "The premium must be more than 0."),
    "premium_not_resident": ("{name}不是城乡居民医保参保人，不能代缴居民医保保费。",
                             "{name} is not in resident insurance, so no resident premium can be paid for them."),
    "premium_payer_insurance": ("{name}没有可以代缴保费的职工医保个人账户。",
                                "{name} has no employee personal account to pay a premium from."),
    "premium_not_allowed": ("按 {day} 施行的规定，{name}的个人账户不能代缴亲属的居民医保保费。",
                            "By the rules in force on {day}, {name}'s personal account cannot pay a relative's resident premium."),
    "premium_planned_twice": ("{name}的 {year} 年保费已经计划由{payer}代缴。",
                              "{name}'s {year} premium is already planned to be paid by {payer}."),
    "premium_amount_unknown": ("不知道这笔保费的金额，请填写。", "The premium's amount is not known; enter it."),
    "transfer_state": ("这笔转账{state}，不能再{action}。", "This transfer is {state}; it cannot be {action}."),
    "transfer_too_late": (
        "这笔转账在 {returns_at} 已退回转出方，不能再接收。",
        "This transfer went back to the sender at {returns_at}; it can no longer be received.",
    ),
    "received_in_future": ("接收时间 {at} 还没到：钱到了再记。", "{at} has not come yet: record the receipt once the money is there."),
    "transfer_before_request": ("接收时间不能早于转出时间 {at}。", "It cannot be received before it was sent ({at})."),
    "proj_book_quota": (
        "{payer}给{name}设的共济额度还剩 {left_fen}：预测把它算在{payer}的账户里但{payer}自己不能用，{name}看病时"
        "先用自己的账户、再用这份额度；额度结束时没用完的部分退回{payer}。",
        "The family quota {payer} set for {name} has {left_fen} left: the projection keeps it in {payer}'s account, "
        "not for {payer} to spend; {name}'s visits draw on it after {name}'s own account, and what is unused when it "
        "ends goes back to {payer}.",
    ),
    "proj_rules_change": (
        "{region}的规定自 {day} 起有新版本：这份预测里每个月都按当月施行的规定计算（统筹支付、付款顺序、留存额度、"
        "转账还是共济额度、保费）。",
        "The rules of {region} have a new version from {day}: in this projection the fund's share of each visit "
        "follows its own month's rules, and so do the order of payment, reserve floors, transfers or quotas and "
        "premiums.",
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
