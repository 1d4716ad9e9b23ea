"""Classify stage, phrases: the phrase families that say what a reply is, and the guards that void them.

Pure: never does I/O and never decides a kind itself; kinds.py's rules ask scope.py's `says` whether a family is
stated and facts.py reads dates and amounts near its own lead phrases. Phrases are matched over the NEW text of the
reply (subject, text above the quote, attachment letters; a forward's forwarded block), never over the quoted
history, and a phrase inside a condition, a plan or a possibility ("if no records are found") is not stated.
"""

from __future__ import annotations

import re

from bot.classify.scope import rx
from bot.parse.said import ATTACHMENT_CAP, FORWARD_SUBJECT, TEXT_CAP, flat, normalise  # noqa: F401  (re-exported)

_POSSESSIVE = r"(?:(?:the |our |its |this |your )?[\w.&-]+'s?|the|our|its|this|your)"
_RECORDS = r"(?:responsive )?(?:records?|documents?|information|files?|materials?)"

_HOLDINGS = (r"(?:records?|documents?|information|data|materials?|files?|e-?mails?|reports?|correspondence|footage"
             r"|videos?|recordings?)")
NO_RECORDS = rx(
    r"\bno (?:responsive|such) " + _HOLDINGS,
    r"\bno " + _HOLDINGS + r" (?:responsive to|matching|that (?:match|matches|respond|responds|would respond))\b",
    r"\bno (?:responsive )?" + _HOLDINGS + r" (?:was|were|could be|has been|have been) (?:located|found|identified)",
    r"\b(?:did|does|do) not (?:result in|yield|return|produce|locate|find|identify|uncover)(?: or (?:locate|find"
    r"|identify))? (?:any )?(?:responsive )?" + _HOLDINGS,
    r"\b(?:does|do|did) not (?:possess|maintain|have|hold|keep|retain)(?: any)?(?: responsive)? " + _HOLDINGS
    + r" (?:responsive|that|matching|related|regarding|concerning|pertaining|about|of the)",
    r"\b(?:returned|yielded|produced|found|located|got) (?:no|zero) (?:responsive )?(?:results|records|documents"
    r"|hits)\b",
    r"\b(?:nothing|no record) (?:responsive|was located|was found)",
    # ... not "No records were withheld", which says all of them were released.
    r"\bno records? (?:responsive|were|was|could|have been|pertaining|matching)"
    r"(?! (?:withheld|redacted|held back|denied|exempted|removed)\b)",
    r"\b(?:unable|not able) to (?:locate|identify|find) (?:any )?(?:responsive )?(?:records?|documents?)",
    r"\b(?:did|does|could) not (?:locate|find|identify) any " + _RECORDS,
    r"\bdoes not (?:possess|maintain|have) any (?:records?|documents?|responsive|\w+ (?:reports?"
    r"|records?))",
    r"\bsearch (?:did not|failed to) (?:locate|find|identify|produce|yield)",
    r"\bsearch(?:es)? (?:was negative|were negative|yielded no|produced no|located no|found no)",
    r"\bno (?:responsive )?records? (?:exist|were located|were found)",
    r"\bclosure reason: [\"“]?no(?! response| reply| answer)",
    r"\b(?:does|do|did) not (?:maintain|possess|have|hold) the (?:records?|documents?|information) (?:requested|you"
    r" (?:requested|seek|asked for|are seeking))\b"
    # ... unless it says who does: "... The subject is under the purview of TSA; we are transferring your request".
    r"(?![\s\S]{0,250}?\b(?:(?:maintained|held|kept|created) by|transferr(?:ed|ing)|referr(?:ed|ing)|forward(?:ed|ing)"
    r"|purview)\b)",
    r"\b(?:we|the \w+) (?:have|has|found|located|identified) no (?:responsive )?(?!(?:other|further|additional|more)\b)"
    r"(?:[\w-]+ )?(?:records?|documents?)",
    # Destroyed under a retention schedule: "the correspondence files were destroyed in March 2019"
    r"\b(?:were|was|have been|had been) destroyed\b"
    r"(?=[^.]{0,80}\b(?:retention|schedule|in (?:[a-z]+ )?\d{4}|years? ago))"
    r"|\bdestroyed (?:under|in accordance with|pursuant to) (?:the |a |an |our )?(?:[\w-]+ ){0,3}retention\b",
    r"\bthere are no (?:responsive )?(?:records?|documents?)",
    r"\bthere (?:were|was|are|is) no (?!charge|cost|fee)(?:[\w-]+ ){0,2}(?:calls?|reports?|incidents?|records?"
    r"|documents?|results?|matches|hits|e-?mails|footage|videos?|recordings?|files?|entries|citations|complaints|contracts)\b",
    r"\b(?:found|located|identified) nothing (?:responsive|that (?:matches|responds))",
    r"\b(?:does|do|did) not (?:have|hold|keep|possess|maintain|retain) any (?:[\w-]+ ){0,3}(?:records?|documents?"
    r"|reports?|files?|permits?|data|information|e-?mails|correspondence|photos|videos?|footage|logs?)\b",
    r"\b(?:there (?:is|was) )?nothing (?:for us )?to (?:send|provide|release|produce)\b",
    r"\b(?:has|have|had|holds?|keeps?|maintains?) (?:any|no) records? of (?:the|a|an|any|your|such|this|that)\b",
    r"\b(?:could|did) not (?:locate|find|identify) (?:any )?(?:responsive )?(?:records?|documents?)\b",
    # "The Sheriff's Office has no detention center incident reports or in-custody death records for 2025-2026"
    r"\b(?:has|have|had|holds?|keeps?|maintains?) no (?!(?:objection|way|need|reason|plans?|further|additional|other"
    r"|more|new|control|authority|access|problem|issue|concern|intention|choice|option|time|staff|means|ability"
    r"|obligation|duty)\b)(?:(?!(?:to|that|which|for|with|in|of|on|about)\b)[\w-]+ ){1,5}(?:records|reports"
    r"|documents|files|e-?mails|logs|videos|recordings|footage)\b",
    # Michigan's form: "Your request is denied ... because ... the public records you requested do not exist"
    r"\b(?:records?|documents?|information)(?: (?:that )?you (?:requested|seek|asked for|are seeking))? (?:do|does"
    r"|did) not exist\b",
)
# A request closed because we did not answer a question or a fee letter: adverse (the letter gives appeal
# rights), whatever it says of the records ("No records were produced").
_CLOSED_NOW = r"\b(?:(?:has|have) (?:\w+ )?been closed|was closed|is (?:now |hereby |therefore )?closed)\b"
CLOSED_UNANSWERED = rx(
    r"\b(?:has|have|was|were|is) (?:been )?administratively closed\b|\badministratively closed (?:your|this|the)\b",
    r"\bclosure reason: [\"“]?no (?:response|reply|answer)\b",
    r"\b(?:closed|closing)\b[^.]{0,80}?\b(?:no (?:response|reply) from (?:the )?requester|(?:did|have|has) not"
    r" (?:receive|received) (?:a|any|your) (?:written )?(?:response|reply|answer))",
    # "... the request is considered to have been withdrawn" (not "will be considered withdrawn if ...": a warning)
    r"\b(?:request|it) (?:is|was|has been) (?:therefore |now |hereby |thus )?(?:considered|deemed|treated as)"
    r" (?:to have been )?(?:withdrawn|abandoned)\b",
    # "As of today the City has not received a response. The City considers this request withdrawn and has closed it"
    r"\b(?:considers|deems|treats) (?:this|the|your) request (?:to be |to have been |as )?(?:withdrawn|abandoned)\b",
    # "Because more than 30 days have passed without a response, we are closing the request as of today"
    r"\b(?:passed|elapsed|gone by) without (?:a |any )?(?:response|reply|answer)\b[^.]{0,40}?\b(?:are closing|have"
    r" closed|has been closed|is closed|closed)\b",
    # "We have not received a response, so we are closing request 26-GR-0417 as of today"
    r"\b(?:have|has|had|did) not (?:received|receive|heard)\b[^.]{0,60}?\b(?:so|therefore|and|thus)\b[^.]{0,30}?"
    r"\b(?:are closing|am closing|have closed|has closed|closed|is closing)\b",
    # A fee or deposit never paid, and the request closed for it ("... will be closed if ..." only warns).
    r"\b(?:payment|deposit|fees?)\b[^.]{0,80}?\b(?:not (?:been )?(?:received|paid|made)|never (?:received|paid|made))"
    r"\b(?:(?!\bnot (?:been )?(?:received|paid|made)\b)[\s\S]){0,200}?" + _CLOSED_NOW,
    _CLOSED_NOW + r"[^.]{0,80}?\b(?:payment|deposit|fees?)\b[^.]{0,40}?\b(?:not (?:been )?(?:received|paid|made)|never"
    r" (?:received|paid|made))",
)
# "This closure is not a denial of your request": the office says what the letter is not.
NOT_A_DENIAL = rx(r"\b(?:this|the|our|such an?) (?:administrative )?(?:closure|closing|action|letter|decision)"
                  r" (?:is not|does not (?:constitute|represent|amount to)) (?:a |an )?"
                  r"(?:adverse determination|denial)\b",
                  # A clerk closing "on our end" who offers to take it up again: "I can reopen it under the same
                  # number", "just send a new request ... and I'll pick it back up".
                  r"\b(?:can|could|will|would be happy to|am happy to) (?:re-?open|pick (?:it|this|them) back up)\b"
                  r"|\bi will pick (?:it|this) back up\b")
# "Nothing is needed from you right now": a letter about timing asks no question.
NOTHING_NEEDED = rx(
    r"\b(?:nothing|no (?:further )?action) is (?:needed|required|necessary) (?:from you|on your part|of you|by you)\b",
    r"\byou (?:do not|don't) need to (?:do|send|respond|reply)\b",
    r"\bno (?:response|reply) (?:from you )?is (?:needed|required|necessary)\b",
)
# "This decision concerns only the order in which your request is processed. It is not a decision on the records"
NOT_ON_THE_RECORDS = rx(
    r"\b(?:is|are) not (?:a |an )?(?:decision|determination|ruling) (?:on|about|regarding) (?:the )?"
    r"(?:records|documents|information|merits|substance)\b",
    r"\b(?:this|the|that) (?:letter|decision|determination) (?:concerns|addresses|relates to|affects) only (?:the|your)"
    r" (?:order|timing|speed|fee|fees|request for (?:expedit|a fee)|processing track|queue)",
)
# "We are denying your request for a fee waiver" decides the fees, not the request.
_NOT_A_WAIVER = r"(?! for (?:an? |the )?(?:fee|waiver|reduc|expedit|news media|media|public interest))"
DENIAL = rx(
    r"\bneither confirm nor deny",
    r"\b(?:withheld|exempt from disclosure|withholding (?:them|it|the records)) in (?:its|their) entirety",
    r"\byour (?:(?!fee\b|waiver\b|expedit)[\w-]+ ){0,3}(?:request|appeal) (?:is|has been|was|must be)(?:"
    r" therefore| hereby| respectfully)? (?:denied|rejected)",
    r"\b(?:records?|documents?|information) (?:is|are|will be|must be|are being|is being) withheld in (?:full"
    r"|(?:its|their) entirety)",
    r"\b(?:must|hereby|therefore) (?:deny|denies|reject) your request" + _NOT_A_WAIVER,
    r"\b(?:the|this|that|such an?) (?:(?!fee\b|waiver\b|expedit)[\w-]+ ){0,3}request (?:is|has been|was|must be)(?:"
    r" therefore| hereby| respectfully| accordingly| thus)? (?:denied|rejected)",
    r"(?:^|[.;:]\s+)it is (?:hereby |therefore |accordingly |thus |respectfully )?(?:denied|rejected)\b",
    # The grounds said of the records asked for: "the investigative file is confidential ... and cannot be
    # released", "the responsive records are exempt from public inspection". Not a relative clause ("records
    # that are exempt will be withheld" describes redactions to come).
    r"(?<!that )(?<!which )\b(?:is|are) (?:(?:therefore|also|entirely|wholly) )?(?:exempt|protected|excepted"
    r"|prohibited|precluded) (?:from (?:public )?(?:disclosure|inspection|release|production|dissemination)|under"
    r" (?:ors|rcw|ic|kr?s|c\.?r\.?s|section|§|\d)|pursuant to)"
    # ... not "to the extent they identify a student", nor "... (a section number) and will be redacted", which say
    # what will be redacted
    r"(?!(?:[^.]|\.(?=\d)){0,120}?\b(?:to the extent|insofar as|(?:will|would|is to|are to) be redacted)\b)",
    # A body the law does not reach: "the Freedom of Information Act does not apply to the federal courts ... We
    # therefore cannot process your email as a FOIA request"
    r"\b(?:cannot|can ?not|will not|are unable to) (?:process|accept|treat) (?:your|this|the) (?:e-?mail|request"
    r"|letter) as a (?:foia|freedom of information|public records|open records|records) request\b",
    # "Accordingly, the City will not release the remaining information." (not "cannot produce the requested
    # information within ten business days", a delay)
    r"\b(?=[wcs])(?<!generally )(?<!ordinarily )(?<!typically )(?<!usually )(?<!normally )(?<!that )(?<!which )"
    r"(?:will not|cannot|can ?not|shall not|won't) (?:release|disclose|produce) (?:the |any (?:of the )?|these |those"
    r" |this )?(?:remaining |requested |responsive )?(?:information|records|documents|materials|files)\b"
    r"(?![^.]{0,60}\b(?:within|until|before|in time|at this time|yet|by (?:the|that|this)|while)\b)",
    # Not what the law generally allows ("records about third parties generally cannot be released"): a rule
    # explained, often to ask a question, is not this letter's answer.
    r"\b(?=[cwms])(?<!generally )(?<!ordinarily )(?<!typically )(?<!usually )(?<!normally )(?<!that )(?<!which )"
    r"(?:cannot|can ?not|will not|may not|shall not|won't) be (?:released|disclosed|produced|made public"
    r"|provided|made available)(?! (?:by|through|via|from) (?:this|our|the) (?:office|portal|email))"
    # "... are in storage and cannot be produced immediately" delays; it withholds nothing.
    r"(?! (?:immediately|at this time|yet|right now|today|until|before|within|by))",
    r"\b(?:release|disclosure) (?:of (?:the|these|this|those|such) [\w -]{0,40})?(?:is|are|would be) (?:prohibited"
    r"|not permitted|barred|precluded)",
    r"\b(?:unable to|cannot|can ?not|will not|may not) (?:provide|release|produce|disclose) (?:the|these|those|this"
    r"|any|you with the|copies of the)\b[^.]{0,60}?\b(?:you (?:requested|seek|asked for|are seeking)|requested)\b"
    r"(?![^.]{0,80}\b(?:until|at this time|yet|unless|before|without|in the format|within)\b)",
    r"\bno (?:records|documents|information|footage|video) (?:will|can|may) be (?:released|provided|produced"
    r"|disclosed)",
    r"\b(?:is|are) (?:denying|rejecting) your request" + _NOT_A_WAIVER,
    # "Pursuant to NRS 239.0107(1)(d), the Election Department denies your request of November 12"
    r"\b(?:hereby |therefore |respectfully )?denies (?:your|the|this) (?:[\w-]+ ){0,3}request\b" + _NOT_A_WAIVER,
    r"\b(?:determined|concluded) that none (?:of the records )?(?:could|can|may) be released",
    r"\bno reasonably segregable",
    r"\bno portion (?:of (?:the|these|those) \w+ )?(?:can|could|may) be (?:segregated|released|disclosed)",
    r"\b(?:must|will|are|is|hereby) (?:respectfully )?withhold(?:ing)?(?: [\w-]+){0,4} (?:records?|documents?"
    r"|photographs?|photos|images|video|footage|recordings?|files?|reports?|information)\b",
    r"\bdeclin(?:e|es|ed|ing) to (?:disclose|release|produce|provide)\b",
    r"\b(?:open|ongoing|active|pending) (?:criminal )?(?:investigation|case|litigation|prosecution|enforcement"
    r" (?:action|matter))\b[^.]{0,80}?\b(?:cannot|can not|will not|may not|unable to) (?:be )?(?:release|provide"
    r"|disclose|produce)",
    r"\b(?:cannot|can not|will not|unable to) (?:release|provide|disclose|produce)\b[^.]{0,80}?\b(?:open|ongoing"
    r"|active|pending) (?:criminal )?(?:investigation|case|litigation|prosecution)",
    r"\bnot (?:an? )?(?:agency|public) records?\b",
    r"\bimproper (?:foia |records |public records )?request",
    r"\b(?:must |hereby |respectfully |therefore )?declin(?:e|es|ed|ing) (?:to (?:process|fulfill|produce|release)"
    r" )?(?:your|the|this) request\b",
    # "Your request ... does not state that you are an Arkansas citizen, so the Department is declining it."
    r"\b(?:is|are|am|must|will|therefore|respectfully) declin(?:e|ing) (?:it|them)\b(?! (?:for|on behalf of) )",
    r"\b(?:is|are|was|were|will be) (?:denied|rejected|closed)\b[^.]{0,80}?\b(?:unduly burdensome|overly broad"
    r"|overbroad|too broad|reasonably describe|categorical|blanket)",
    r"\b(?:unable to|cannot|can ?not|will not) (?:process|fulfill|respond to) (?:your|the|this) request\b[^.]{0,40}?"
    r"\b(?:clos(?:e|es|ing|ed)|administratively)",
    r"\b(?:unduly burdensome|overly broad|overbroad|too broad|does not reasonably describe)\b[^.]{0,80}?"
    r"\b(?:denied|rejected|closed|cannot (?:be )?process|will not (?:be )?process|unable to process|declin)",
)
# A body the law does not reach says so: a refusal, unless it answers under a policy of its own ("GAO is not subject
# to the Freedom of Information Act. We make our records available under our own access regulation").
NOT_SUBJECT = rx(
    r"\b(?:is|are) not (?:subject to|covered by) (?:the )?(?:foia|freedom of information act|public records (?:act|law)"
    r"|open records (?:act|law)|records law)\b",
)
OWN_POLICY = rx(
    r"\b(?:under|pursuant to|in accordance with|consistent with) (?:our|its|the \w+['’]s) own (?:[\w-]+ ){0,2}"
    r"(?:regulations?|polic(?:y|ies)|rules|directives?|practices?|procedures?)\b",
    r"\bas a (?:matter of )?courtesy\b|\bvoluntarily\b|\bfollows? the spirit of\b",
)
WITHHELD_IN_FULL = rx(
    r"\bwithheld in (?:full|(?:its|their) entirety)",
    r"\bwithholding (?:all|the records) in full",
    r"\bwithhold(?:ing)? (?:all|each|every one) of (?:them|the (?:records|pages|documents)|these|those)\b",
    r"\bwithhold(?:ing|s)? (?:them|the |these |those |all )(?:[\w-]+ ){0,8}in (?:full|(?:its|their) entirety)",
)
_NOT_YET = (r"(?![^.]{0,60}\b(?:will|is expected|are expected|is anticipated|should|is scheduled|by approximately"
            r"|on or about|to follow|follows? in|is due|remains?|pending)\b)")
FINAL = rx(
    rf"\b(?:this|the following) is (?:{_POSSESSIVE} )?final (?:response|release|production|determination)",
    rf"\b(?:attached|enclosed|here) (?:is|are|please find) {_POSSESSIVE} final (?:response|release"
    rf"|production)",
    r"\bfinal (?:response|release|production|determination)s? (?:is|are) (?:attached|enclosed)",
    rf"\b(?:completes|concludes) {_POSSESSIVE} (?:processing|response|production)",
    # The final installment, sent now: not one announced ("the third and final installment by approximately
    # January 15", "The final installment will follow in January").
    r"\b(?:(?:second|third|fourth|fifth|last) and )?final (?:installment|release|production|set of (?:responsive )?"
    r"records)\b" + _NOT_YET,
    r"\bwith this (?:production|release),? (?:your|the|this) request is (?:now )?(?:closed|complete)",
    r"\bclosure reason: ?[\"“']?(?:(?:responsive )?(?:records?|documents?|files?) )?(?:released|provided|fulfilled"
    r"|completed|produced)",
    r"\b(?:attached|enclosed|here)\b[^.]{0,60}?\bfinal (?:response|release|production|determination"
    r"|letter)",
    r"\b(?:has|have) (?:now )?completed (?:its|our|the|their) (?:response|production|processing|release)",
    r"\b(?:this|that|which) (?:completes|concludes|fulfills|closes out) (?:the|our|its|your|this) (?:request"
    r"|response|processing|production)",
    r"\b(?:records|documents|files|pages|materials|information)\b[^.]{0,60}?\b(?:released|produced|provided"
    r"|attached|enclosed)\b[^.]{0,80}?\b(?:request|matter) (?:is|has been) (?:now )?(?:closed|complete)",
    r"\b(?:request|matter) (?:is|has been) (?:now )?(?:closed|complete)\b[^.]{0,60}?\b(?:records|documents"
    r"|files|pages) (?:were|have been|are) (?:released|produced|provided)",
    r"\breleased: ?\(?1\)?",
    r"\b(?:that|this) is (?:everything|all)(?: (?:of )?the records)? (?:we have|we hold|we found|we could find"
    r"|there is)",
)
INTERIM = rx(
    # ... not an earlier one recalled: "as stated in its interim response of September 23"
    r"\binterim (?:release|production|response (?:of(?! (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
    r"\.? \d|\d)|with|releasing|enclosing|letter|to your|#?\d|no\.? ?\d))",
    r"\b(?:this|attached|enclosed) is (?:an|our|the) interim response\b",
    r"\b(?:first|second|third|fourth|fifth|next|\d+(?:st|nd|rd|th)) (?:installment|increment|partial release"
    r"|production|batch|tranche|(?:round|set) of (?:responsive )?(?:records|documents))",
    # "Installment 1 for request 26-5513 ... is available" (not "Installment 1 of 1")
    r"\b(?:installment|increment|tranche) (?:no\.? ?|#)?(?:1|one)\b(?!\s*(?:of|/)\s*(?:1|one)\b)",
    r"\b(?:first|initial) \d+ (?:of|out of) (?:the |our |your )?\d+\b",
    r"\bpartial (?:release|production|response)",
    r"\b(?:first|second|third|fourth|fifth|next|\d+(?:st|nd|rd|th)) interim (?:response|release"
    r"|production)",
    r"\b(?:enclosed|attached) (?:is|are|please find) (?:our |the |a |an |your )?(?:\w+ )?interim",
    # (not a camera's "the coach DVRs overwrite on a rolling basis")
    r"\b(?=[oi])(?<!overwrite )(?<!overwritten )(?<!overwrites )(?<!deleted )(?<!recorded )(?:on|in) a rolling basis",
    r"\b(?:here(?:'s| is| are)|attached (?:is|are)|enclosed (?:is|are)|(?:i am|we are|i'm|we're) sending(?: you)?) the"
    r" (?:first|second|third|next) (?:part|portion|installment|batch|set) of (?:your|the|this) request\b",
    r"\b(?:first|second|third|fourth|next) (?:part|portion|installment|set|batch) of (?:our|the|my|its) (?:response"
    r"|production|release|records)",
    r"\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)) of (?:what (?:we|i) (?:expect|anticipate) will be )?"
    r"(?:\w+ |several |multiple )?(?:releases|installments|productions|batches|tranches|parts|rounds)\b",
    r"\brolling (?:release|production)s?",
    r"\b(?:attached|enclosed|here) (?:is|are) (?:the|our|a) (?:first|second|third|next|initial) (?:release"
    r"|production|set|batch)\b",
    r"\b(?:records|documents|information) responsive to (?:a )?(?:part|portion|some) of (?:your |the |this )?request\b",
    r"\b(?:additional|subsequent|further) (?:releases?|productions?|installments?)",
    r"\bremaining (?:pages|records|documents) (?:(?:are|is) (?:still|being|under)|will (?:follow|be (?:released"
    r"|produced|provided|sent|processed|reviewed)))",
)
# Beside a release, a word that more is coming makes it a partial one.
# "Installment 1 of 3 is now available": a release with more to come unless it is the last ("3 of 3").
INSTALLMENT = re.compile(r"\b(?:installment|release|production|batch|part|tranche) (?:no\.? |#)?(\d+) (?:of|/)"
                         r" (?:an? )?(?:anticipated |expected |estimated |planned )?(\d+)\b", re.I)
# Records ready but held until paid for: "Payment must be received before the installment is released."
PREPAY = rx(
    r"\b(?:payment|the fee|fees|a deposit|the balance)\b[^.]{0,30}?\b(?:must|needs to) be (?:received|paid|made)\b"
    r"[^.]{0,30}?\bbefore\b[^.]{0,40}?\b(?:released?|sent|provided|delivered|made available|produced)\b",
    r"\bplease (?:pay|remit|submit (?:your )?payment)\b[^.]{0,100}?\bbefore (?:we|the \w+|i) (?:can )?(?:release|send"
    r"|provide|deliver|produce|upload)\b",
    r"\b(?:released?|sent|provided|delivered|made available) (?:to you )?(?:only )?(?:once|after|upon|when) (?:we"
    r" receive )?(?:your )?(?:payment|the fee|fees|a deposit)\b",
    # "a deposit of 25% of the estimate ($75.00) is required before the Department begins this work"
    r"\b(?:deposit|prepayment|advance payment|payment)\b(?:[^.]|\.(?=\d)){0,60}?\b(?:is|are) (?:required|needed|due)"
    r" (?:before|prior to)\b",
    # "mail a check ... and we will email the scans when it comes in"
    r"\bcheck\b[^.]{0,120}?\b(?:send|e-?mail|mail|release|forward|scan)\b[^.]{0,40}?\b(?:when|once|after|as soon as)"
    r" (?:it|that|the check|your check) (?:comes in|arrives|clears|is received)\b",
    # Records ready for pickup, paid for at the counter: "Fees are payable IN PERSON at the time of pick-up", "Payment
    # is due in person when the records are picked up"
    r"\b(?:fees?|payment|copies|the charge)\b[^.]{0,40}?\b(?:payable|due|paid|collected)\b[^.]{0,30}?\b(?:in person"
    r"|at (?:the time of )?pick-?up|when (?:the records are|they are|you) picked? (?:them )?up)\b",
)
MORE_TO_COME = rx(
    r"\b(?:will follow|to follow|will come|will be (?:sent|released|provided|produced|made available)) in (?:later"
    r"|subsequent|future|additional|further|separate) (?:installments?|increments?|releases?|productions?|batches)\b",
    r"\bthe next (?:and (?:final|last) )?(?:installment|increment|release|production|batch)\b",
    # "The lease files are in storage ... we expect to have those to you by November 6."
    r"\b(?:expect|anticipate|plan|hope|intend)s? to (?:have|get|send|provide|produce|release) (?:those|these|them"
    r"|the rest|the remainder|the remaining (?:[\w-]+ )?\w+|the others?|the other (?:[\w-]+ )?\w+)\b",
    r"\bwill follow (?:once|when|after|as soon as|under separate cover|separately|shortly|next week|later|by|on or"
    r" before|within)\b",
    r"\b(?:remaining|rest of the|other) (?:\d+ )?(?:[\w-]+ )?(?:records|documents|files|pages|materials|items"
    r"|reports|e-?mails|messages|videos|recordings|photos)\b[^.]{0,80}?\b(?:still|continu\w+|are being|is being"
    r"|under review|in review|pending|will (?:be (?:released|produced|provided|sent|reviewed|processed"
    r"|made available)|follow))",
    r"\b(?:portion|part|remainder|rest|balance) of (?:your|the|this) request (?:is|remains) (?:still )?(?:with|under"
    r"|in|pending|being)",
    r"\bcontinu\w* to (?:review|process|search|gather|collect|work on|redact) (?:the )?(?:remainder|remaining|rest"
    r"|balance|other)",
    r"\b(?:are|is) (?:still )?being (?:reviewed|processed|redacted|prepared|compiled|gathered|exported|pulled"
    r"|validated|verified|finali[sz]ed|checked|cleaned"
    r"|collected|retrieved|scanned|copied|located|searched)\b",
    r"\b(?:expect|anticipate|plan|hope|intend)s? to (?:release|provide|produce|send|post|upload) (?:them|those|these"
    r"|the rest|the remainder|the remaining|the balance)\b",
    r"\bwill be (?:released|provided|sent|produced) (?:when|once|after|as soon as)\b",
    r"\bstill (?:being )?(?:reviewed|processed|redacted|gathered|collected|(?:under|in) (?:[\w-]+ )?review)",
    r"\b(?:in|as) (?:batches|installments|tranches)\b",
    r"\b(?:more|additional|further) (?:records|documents|files|pages) will (?:follow|be (?:released|produced"
    r"|provided|sent))",
    # "The logs are taking longer to export; we will provide those separately", "... will be available within
    # three working days" beside what is attached now.
    r"\bwill (?:provide|send|release|produce|post|forward|upload) (?:those|them|these|the (?:rest|remainder"
    r"|remaining|balance|others?))\b[^.]{0,40}?\b(?:separately|later|when|once|as soon as|after|in a (?:second"
    r"|separate|later|subsequent))",
    # "... the County will provide the remaining logs (July 2025 to the present) by November 20, 2026."
    r"\bwill (?:provide|send|release|produce|post|forward|upload) the (?:remaining|rest of the|balance of the)\b"
    r"[^.]{0,80}?\b(?:by|on or before|no later than|within)\b",
    r"\b(?:are|is) taking longer\b|\b(?:is|are) still with (?:our |the |my |their )?\w+",
    r"\bstill checking (?:on|with|into)\b",
    # "You will get a separate response on those"; "Walt will follow up on the EPD letters"
    r"\bseparate (?:response|reply|letter|answer) (?:on|about|regarding|for|to) (?:those|them|that|these|the rest"
    r"|the remainder|the remaining)\b",
    r"\bwill follow up (?:on|with|about) (?:the |those |these )?(?:[\w-]+ ){0,3}(?:records|letters|files|documents"
    r"|reports|e-?mails|correspondence|rest|remainder)\b",
    # "The discipline part I have to run by the DA first. I will circle back once I hear from them."
    r"\b(?:i|we) will (?:circle back|follow up|get back to you|be back in touch)\b[^.]{0,30}?\b(?:once|when|after"
    r"|as soon as)\b",
    r"\b(?:is|are) going through (?:[\w'’]+ ){0,3}review\b",
    r"\bpart (?:1|one|i) of (?:your|the|this|my|our) (?:request|response|records)",
    # "responsive to the first part of your request ... your request will remain open until then"
    r"\bthe first part of (?:your|the|this) request\b|\b(?:your |the |this )?request (?:will )?remains? open\b",
    # "Item 2 (market conduct examination reports) remains under review"; "Human Resources is finishing its review of
    # the vacancy data, which will follow."
    r"\b(?:items? \d+|part \d+|the (?:rest|remainder|balance))\b[^.]{0,80}?\bremains? (?:under|in) (?:review|process"
    r"|processing)\b",
    r"\b(?:is|are) (?:finishing|completing|wrapping up) (?:its|their|the|our|my) review\b[^.]{0,80}?\bwill follow\b",
    # "... we will release the remaining records in accordance with that ruling"
    r"\bwill (?:release|provide|produce) the (?:remaining|rest of the|other) (?:responsive )?(?:information|records"
    r"|documents)\b[^.]{0,40}?\b(?:in accordance with|after|following|once|when|upon)\b[^.]{0,30}?\b(?:ruling"
    r"|decision|opinion)\b",
    # "The remaining information will be released or withheld in accordance with the OAG's ruling"
    r"\b(?:remaining|rest of the|other) (?:responsive )?(?:information|records|documents)\b[^.]{0,40}?\bwill be"
    r" (?:released|withheld|decided)\b[^.]{0,40}?\b(?:in accordance with|after|following|once|when|upon)\b[^.]{0,30}?"
    r"\b(?:ruling|decision|opinion)\b",
    # "The remaining responsive information ... is the subject of a request for a decision from the Attorney General"
    r"\b(?:remaining|rest of the|other) (?:responsive )?(?:information|records|documents|materials)\b[^.]{0,120}?"
    r"\b(?:is|are) (?:the subject of|awaiting|pending|being submitted to|submitted to) (?:a |an |the |our )?"
    r"(?:request for (?:a |an )?(?:decision|ruling|opinion)|attorney general|ruling|decision)",
    r"\b(?:i|we) will (?:send|provide|forward|post) (?:it|that|them|those|the rest|the remainder)\b[^.]{0,30}?"
    r"\b(?:as soon as|once|when|after)\b",
    r"\bwill be (?:available|ready) (?:within|in) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few"
    r"|several) (?:\w+ )?(?:days|weeks)\b",
    # A clerk's "Gary is still scanning the main break sheets ... We should have them to you by October 16", "the
    # other offices are still working on it"
    r"\b(?:is|are|am) still (?:scanning|pulling|gathering|collecting|compiling|reviewing|working on|searching"
    r"|going through|redacting|copying|locating|looking for|looking through|printing)\b",
    r"\b(?:should|will|hope to|expect to) have (?:them|those|these|the rest|the remainder|it) (?:to you|ready|for"
    r" you|done)\b",
    # "... they want to look at them first. Someone from there will be in touch."
    r"\b(?:wants?|needs?|would like) to (?:look at|look over|review|go over|go through|see) (?:them|those|these|it"
    r"|that) first\b",
    # "You will be notified when the ruling is issued and the remaining information is released"
    r"\b(?:when|once|after|until)\b[^.]{0,60}?\bthe (?:remaining|rest of the|balance of the|other) (?:[\w-]+ )?"
    r"(?:information|records|documents|materials) (?:is|are) (?:released|produced|provided|posted)\b",
    r"\bwill post (?:their|the|its|the other|the remaining) (?:[\w-]+ )?(?:records|documents|files|e-?mails)\b"
    r"[^.]{0,60}?\b(?:when|once|as soon as|after)\b",
    # "Item 2, the Medical Examiner investigative reports, remains on hold"; "so this isn't everything yet"; "will come
    # to you through the Public Records Center once Procurement finishes its review"
    r"\b(?:items? \d+|part \d+|the (?:rest|remainder|balance))\b[^.]{0,80}?\bremains? on hold\b",
    r"\b(?:this|that|it) is not (?:everything|all(?: of it)?|the whole (?:thing|response)) yet\b",
    r"\bwill (?:come|go|be sent|be posted) to you\b[^.]{0,60}?\b(?:once|when|after|as soon as)\b",
    # Arkansas's certificate for records in storage: "I certify that the reports will be available for inspection or
    # copying on Friday, October 2, 2026."
    r"\bwill be (?:available|ready) (?:for (?:inspection|pickup|copying|review)(?: (?:or|and) (?:copying|inspection"
    r"))? )?(?:on|by|no later than|on or before) (?=(?:monday|tuesday|wednesday|thursday|friday|january|february"
    r"|march|april|may|june|july|august|september|october|november|december|\d))",
)
# A statement that records go out now (not "will be released upon payment").
RECORDS = rx(
    # Not the request's name ("the response to your open records request") nor the agency's own letter about it
    # ("Attached is correspondence from the Section concerning your request"): a cover note says nothing of the
    # records; the letter it covers does.
    r"\b(?:attached|enclosed) (?:is|are|please find|you will find)\b"
    r"(?! (?:a |an |the |our |this |my )?(?:[\w'’-]+ ){0,3}(?:correspondence|letter|response|determination|decision)"
    r" (?:from|of|by|regarding|concerning|about|to|in response|on)\b)[^.]{0,60}?\b(?:logs?|minutes|memos?|memoranda"
    r"|photos|images|polic(?:y|ies)|plans?|contracts?|agreements?|permits?|inspections?|notices of violation"
    r"|citations|manuals?|studies|analyses|datasets?|extracts?|exports?|summar(?:y|ies)|records|documents"
    r"|copies|files|pages|reports|spreadsheets?|e-?mails|videos|recordings|photographs|data|orders|letters"
    r"|correspondence|transcripts|invoices|statements|notices|materials|lists?|rosters?|tables?|claims|vouchers"
    r"|receipts|timesheets|audits|complaints|evaluations|assessments|applications|licenses|agendas|budgets|counts?"
    r"|totals|tallies|figures)\b"
    r"(?! requests?\b)",
    # Texas's word for records: "Attached is the information responsive to your request" (not "information about
    # how to appeal").
    r"\b(?:attached|enclosed) (?:is|are|please find|you will find) (?:the |all (?:of )?the )?(?:information|materials?)"
    r" (?:that is |that are )?(?:responsive to|you (?:requested|asked for|seek))\b",
    # "Attached and posted to the Public Information Center are the responsive records that are not the subject of a
    # ruling request"
    r"\b(?:attached|enclosed) and (?:posted|uploaded|available)\b[^.]{0,80}?\b(?:is|are) (?:the |all )?(?:responsive )?"
    r"(?:records|documents|files|pages|reports|materials)\b",
    # A person's "Attached is what our HR system shows for ...", "Enclosed is everything we found".
    r"\b(?:attached|enclosed) (?:is|are) (?:what|everything|all) (?:we|i|our|the|that)\b(?! (?:\w+ ){0,3}(?:need|needs"
    r"|require|requires|asked?|want)\b)",
    # A letter's list: "Released: eleven (11) administrative orders ... Withheld: complaint records".
    r"(?:^|[.;:]\s+|\s)released:\s+(?!none\b|no\b|0\b|nothing\b)",
    # A one-line note over a data file: "Please see the attached spreadsheet."
    r"\bplease see (?:the )?attached (?:spreadsheets?|data|data ?sets?|files?|records|documents|reports?|logs?|lists?"
    # Not "the attached Records Request Response", a form that answers the request whatever it says.
    r"|excel (?:file|workbook)|workbook|csv)\b(?! (?:requests?|responses?|forms?|letters?)\b)",
    r"\bplease find (?:attached|enclosed)\b[^.]{0,60}?\b(?:records|documents|copies|files|pages|reports|video"
    r"|audio|footage|recordings?|logs?|emails|spreadsheets?|data)\b(?! requests?\b)",
    r"\b(?:we are|we're|i am|i'm|the \w+ is) (?:now )?(?:providing|sending|attaching|enclosing|forwarding|releasing)"
    r"\b[^.]{0,60}?\b(?:records|documents|copies|files|pages|reports|video|audio|footage|recordings?|logs?"
    r"|e-?mails|spreadsheets?|data|responsive|lists?|polic(?:y|ies)|contracts?|amendments?|agreements?|reviews?"
    r"|counts|tables?|minutes|invoices)\b"
    # ... to us, not over to the office that will review them ("I'm sending the final reports over to them")
    r"(?![^.]{0,40}\b(?:over to|to them\b|to (?:our|the) (?:foia|records|legal|public records|privacy) (?:office|unit"
    r"|staff|team|section)|for (?:review|redaction|processing)))",
    r"\b(?:i've|i have|we've|we have) (?:attached|enclosed|included|uploaded)\b(?! (?:a|an|our|the) (?:letter|notice"
    r"|invoice|estimate|form|acknowledg))",
    # "Here's the rest of what you asked for:", "attached are: - the procedure, and - the counts"
    r"\bhere (?:are|is) (?:the rest of |the remainder of |all of )?what you (?:asked for|requested)\b"
    r"|\b(?:attached|enclosed) (?:are|is)\s*:",
    # A clerk's "Here's item 1 - the statements for January-June", "Here is part two:"
    r"\b(?:here|attached|enclosed) (?:is|are) (?:items? (?:\d+|one|two|three|four|five)|part (?:\d+|one|two|three|i"
    r"|ii))\b"
    r"(?! of (?:your|the|this) request (?:is|was|will)\b)",
    r"\bhere (?:are|is) (?:the|your) (?:[\w-]+ ){1,3}you (?:asked for|requested|wanted)\b",
    r"\bhere (?:are|is) (?:the|your|a copy of the|copies of the|all) (?:[\w-]+ ){0,3}(?:records|documents|files"
    r"|reports|pages|copies|logs|e-?mails|videos|footage|recordings?|photos|data|results|materials)\b",
    # A portal's list of what it released, unless what it released is the agency's letter or form.
    r"\b(?:documents?|records?|files?) released: (?![^.;]{0,40}\b(?:letter|form|notice|acknowledg))",
    # "Item 1 (policies) - SLCPD Policy 462, attached."
    r"(?:,| -|–) (?:a )?(?:copy |copies )?attached(?=\s*(?:[.;)]|$))",
    # (nor what a letter went to: "A copy of our request to the Attorney General is enclosed")
    r"\b(?=[tayo])(?<!\bto )(?<!\bfrom )(?:the|a|an|our|your) (?!(?:[\w'’-]+ ){0,6}(?:letter|form|notice|invoice"
    r"|estimate|acknowledg\w*|response"
    r"|request to|brief|submission|arguments?"
    r"|(?:exemption|privilege|redaction|withholding) log|vaughn index|ruling|opinion"
    r"|determination|correspondence|decision|itemi[sz]ation|statement|breakdown|schedule|bill|receipt|map)s?\b)"
    r"(?:[\w'’-]+ ){0,5}(?:\([^)]{0,80}\) )?(?:is|are) (?:attached|enclosed)\b",
    # "The Department located 14 approval letters and 3 conditional approval letters. They are enclosed (61 pages)."
    r"\b(?:they|these|those|all of them|both) (?:are|have been) (?:attached|enclosed|included)"
    r"(?=\s*[.(;,]|\s+(?:with|for|here))",
    r"\bitems? \d+(?:\s*(?:and|,|-|to)\s*\d+)* (?:is|are|was|were) granted\b",
    # A portal's closing notice: "... has responded to your FOIL request with the following file(s)",
    # "Disclosed in Part - deployment records are provided with ... redacted".
    r"\bhas responded to your (?:[\w-]+ ){0,3}request\b[^.]{0,120}?\bwith the following (?:files?|documents?|records?"
    r"|file\(s\))",
    r"\b(?:disclosed|granted|released|produced) in (?:part|full)\b",
    # The federal count: "ICE has determined that 96 pages are releasable in their entirety, 1,203 pages are partially
    # releasable" (not "none of the pages is releasable")
    r"(?<!\bno )(?<!\bnone of the )\b\d[\d,]* (?:pages?|records|documents) (?:are|is|were|was) (?:partially |fully )?"
    r"releasable\b",
    r"\bthe remaining\b[^.]{0,60}?\b(?:are|is|have been|has been) (?:now )?released\b",
    r"\b(?:attached|enclosed) you will find\b(?! (?:a|an|our|the) (?:letter|notice|invoice|estimate|form))",
    r"\b(?:records|documents|files|pages|reports|video|audio|footage|recordings?|copies|logs?|data|materials"
    r"|response|release|production)\b[^.]{0,60}?\b(?:can|may) (?:now )?be (?:downloaded|accessed|retrieved|viewed"
    r"|picked up) (?:at|from|via|using|through|by (?:clicking|following))",
    # "Records Request 26-17 ... has been released" names the request, not records; a parenthesis may list them.
    # "No records were produced" released nothing.
    # (not "A copy of our letter to the Attorney General (without the records) is attached")
    r"(?<!\bno )(?<!\bnone of the )(?<!\bwithout the )(?<!\bwithout )\b(?:records|documents|files|pages|copies"
    r"|reports|e-?mails|videos|recordings|photo(?:graph)?s|logs"
    r"|spreadsheets|materials|footage|images)\b(?! requests?\b)(?: \([^)]{0,200}\))?"
    # "... go through the reports before anything is released" is a condition on a release, not one.
    r"(?:(?!\b(?:before|until|once|when|after|if|unless)\b)[^.]){0,40}? "
    r"(?:are|is|have been|has been|were|was|are being|is being) (?:attached|enclosed|released|produced"
    r"|uploaded)"
    # ... not a release reported from before: "The records responsive to items 1 and 2 were produced on October 23".
    r"(?! (?:on|in) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d| on \d{1,2}/\d| previously\b"
    r"| earlier\b)",
    # "The CAD summary is attached to your request in the portal" (not "a document has been uploaded to ...").
    r"(?<!message )(?<!document )(?<!file )(?<!note )\b(?:is|are) (?:now )?(?:attached|uploaded|posted) to (?:your"
    r"|the|this) (?:request|portal|records? (?:center|centre))",
    r"\breleased in (?:part|full)",
    r"\beverything (?:for|on|responsive to) (?:your|the|this) request is (?:in|at|attached|available|posted)",
    r"\b(?:we are|we're) (?:releasing|producing) ",
    # "Disc 1 of 2, containing the 2024 use-of-force reports (1,012 pages), was mailed today by certified mail"
    r"\b(?:discs?|cds?|dvds?|(?:flash|thumb|usb|hard) drives?)(?: \d+)?(?: of \d+)?\b[^.]{0,120}?\b(?:was|were|has been"
    r"|have been) (?:mailed|sent|shipped|delivered)\b",
    # "The University of Washington is providing the second and final installment of records responsive to ..."
    r"\b(?:is|are) (?:now )?(?:providing|releasing|producing) (?:the |a |its |our )?(?:[\w-]+ ){0,3}(?:installment"
    r"|release|production|set|batch) of (?:the )?(?:responsive )?records\b",
    # "Today the City is releasing 37 text messages"
    r"\b(?:is|are) (?:now )?(?:releasing|producing) (?:\d[\d,]*|[a-z]+ \(\d[\d,]*\)) ",
    # "They have been posted to your Public Information Center account", "... have been posted to the portal"
    r"\b(?:they|these|those|the (?:remaining |other )?(?:[\w-]+ ){0,3}(?:records|documents|files|reports|pages"
    r"|e-?mails|messages))\b(?: [^.]{0,100}?)? (?:have been|were|are now) (?:posted|uploaded|placed) (?:to|on|in)"
    r" (?:your|the|our) (?:[\w-]+ ){0,3}(?:account|portal|center|centre)\b",
    # "Deb asked me to send these since her phone won't attach the scans"
    r"\b(?:asked|wanted|had) me (?:to )?(?:send|forward|e-?mail) (?:you )?(?:these|them|the (?:scans|records|copies"
    r"|files|documents))\b",
    r"\bgrant(?:ed|ing) (?:your request )?in (?:part|full)",
    r"\b(?:has|have) released the following",
    r"\bavailable for (?:download|pickup|inspection)",
    r"\brequest (?:has been|was|is) fulfilled",
    r"\b(?:below|here|attached|enclosed) (?:is|are) (?:a|the) (?:[\w-]+ )?(?:link|url)s? (?:to|with|for)\b",
    # "Any response documents are available in the portal" says where they would be, not that there are any.
    # (Not an office's name: "Public Records --- A response has been posted to your request".)
    r"\b(?<!\bany )(?<!\bany response )(?<!\bpublic )(?:records|documents|files|pages|reports|results|materials"
    r"|copies|e-?mails|videos|recordings)\b(?! (?:center|centre|unit|office|division|section|portal|request|custodian"
    r"|department|management|system))(?:(?!\b(?:message|note|comment|correspondence|notification|response)s?\b"
    r"|\b(?:whether|if|when|once"
    r"|until|previously|already)\b)[^.]){0,80}?"
    r"\b(?:are|is|have been|has been) (?:now )?(?:available|uploaded|posted|ready)\b(?! (?:for|upon|once|after|when)"
    r" (?:payment|pickup once|receipt of))"
    # "... is available on the Department's web page" points to what is published, it releases nothing
    # (or "... are available to the public at uspsoig.gov", "available online")
    r"(?! (?:to the public |publicly |online )?(?:on|at|from|through|via) (?:(?:the|our|its|their|this)\b[^.]{0,40}"
    r"\b(?:web ?page|website|web site|site)|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:gov|org|com|us|edu|net|mil)\b))"
    r"(?! online\b)"
    # ... as is what a court or another public source holds ("Documents filed with the court are available
    # through PACER")
    r"(?! (?:on|at|from|through|via|in) (?:pacer|the (?:court|courts|clerk|clerk of court|court's docket)\b|public"
    r" (?:sources|court records|dockets?)\b))",
    # ... not "has posted a response to public records request R002987" (what the response is, the letter says)
    r"\b(?:has|have) (?:now )?(?:uploaded|posted|released|produced|provided)\b[^.]{0,80}?(?<!\bpublic )(?<!\bopen )"
    r"\b(?:records|documents|pages|files|reports|materials|copies|e-?mails)\b(?! requests?\b)",
)
# "Jenna forwarded it to us on 9/28": a request that came to the writer's office; the letter answers for it.
_NOT_TO_US = r"(?! (?:us|me|my|our|this (?:office|division|unit|bureau|section|department)|the undersigned)\b)"
# "forwarded your request to the Records Division for a search" (or "so that the custodians can identify
# responsive records") tasks an office of the same agency; "so that they can respond to you" refers it away.
_TASKED = (r"(?![^.]{0,100}\b(?:for (?:a |the |their |its )?(?:search|searches|review|retrieval)\b|so (?:that )?"
           r"(?:they|it|the (?:[\w-]+ ){0,2}[\w-]+|\w+) (?:can|may|will) (?:identify|search|locate|gather|review"
           r"|retrieve|collect|pull)\b))")
# "... we have referred item 2 to the Postal Service. The OIG continues to process item 1": part of the request
# goes on here, so what the letter says the office does not hold is about the referred part.
CONTINUES = rx(
    r"\b(?:continues?|continuing|will continue) (?:to )?(?:process|processing|search|searching|review|reviewing"
    r"|work on)",
    r"\bwill respond (?:to you )?separately\b",
)
# The whole request sent on ("Your request has therefore been reassigned to the Police FOIA Section"): what the
# sender says it does not hold is no answer to it.
WHOLE_REFERRAL = rx(r"(?<!\bof )\b(?:your|the|this) (?:[\w-]+ ){0,3}request (?:has|have|was|is)"
                    r" (?:therefore |now |also )?(?:been |being )?(?:referred|transferred|forwarded|reassigned|routed)"
                    r" to\b")
REFERRAL = rx(
    r"\b(?:referred|transferred|forwarded|reassigned|routed|referring|transferring|forwarding|reassigning|routing)"
    r" (?:a copy of )?(?:your request|the request"
    r"|this request|it|a portion|that portion|(?:that|a|the|this) (?:part|portion) of (?:your|the|this) request"
    # "Because those records originated with DCAA, we have referred them to the DCAA FOIA office"
    r"|them|those|(?:those|these|the|such) (?:[\w-]+ )?(?:records|documents|pages|reports|files)"
    r"|[\w,]+ pages?|items? \d+(?:(?:,| and| to) \d+)*(?: of (?:your|the|this) request)?)\b"
    r"(?:(?!\bto\b)[^.]){0,80}\bto\b" + _NOT_TO_US + _TASKED,
    r"\b(?:has|have|was|were|is) (?:therefore |now |also |since )?(?:been |being )?(?:referred|transferred|forwarded"
    r"|routed|reassigned) to\b"
    + _NOT_TO_US
    + _TASKED,
    r"\bmaintained by\b[^.]{0,80}\brather than\b",
    r"\b(?:maintained|held|kept) by (?:another|a different|a separate) (?:agency|office|department"
    r"|component|entity)",
    r"\bnot maintained by (?:this|the|our) (?:office|department|agency|division)",
    r"\b(?:does|do) not maintain the (?:[\w-]+ ){0,2}(?:records|documents|information) (?:you (?:seek|requested|are"
    r" seeking|describe|asked for)|requested)\b",
    # Kentucky's KRS 61.872(4) notice: "the official custodian of those records is: ... Please direct your request
    # to that office."
    r"\bofficial custodian of (?:those|these|the|such) records is\b",
    r"\bplease (?:direct|submit|send|redirect|resubmit) (?:your|the|this) request to\b",
    r"\byou may wish to (?:submit|send|direct|redirect) (?:that portion of |a portion of )?your request to",
    r"\b(?:should|must) (?:be )?(?:submitted|directed|sent) (?:directly )?to (?:the )?[A-Z]",
)
FEE = rx(
    r"\b(?:estimated|anticipated|total) (?:fees?|costs?|charges?|amount|total)",
    r"\b(?:fee|cost) estimate",
    r"\bprepayment|\bpre-payment|\badvance payment",
    r"\b(?:agree|agreement|commitment|willingness) (?:in writing )?to pay",
    r"\bdeposit (?:is )?(?:required|of \$)|\brequires? a deposit",
    r"\bitemized statement",
    r"\bpayment (?:is )?(?:required|due) before",
    r"\b(?:payment|the fee|fees|a deposit)\b[^.]{0,30}?\bmust be (?:received|paid|made)\b[^.]{0,20}?\bbefore\b",
    r"\b(?:cost|charge|fee)s? (?:to|of) (?:produc|process|copy|duplicat|search|review)\w*",
    r"\bplease remit\b|\bremit (?:payment|\$)",
    # "Need a money order or cashier's check made out to the Sheriff's Office before we can release."
    r"\b(?:money order|cashier['’]?s check|certified check)\b",
    r"\bbefore (?:we|i) can (?:release|send|provide|copy|mail|produce)\b",
    r"\bwill cost (?:approximately |about )?\$",
    r"\binvoice\b",
    r"\b(?:comes?|came|come|runs?|run) (?:to |about |around |approximately )+\$\s?\d",
    r"\btotal (?:amount )?due\b",
    r"\bsubject to (?:the following |a |an )?(?:charges?|fees?|costs?)\b",
    r"\b(?:placed |put )?on hold (?:until|pending) (?:payment|receipt of payment|the (?:fee|deposit))",
    # "the cost will be $145.00", "the charge for the redaction is $312" (not a rate: "$0.25 per page")
    r"\b(?:cost|charge|fee|total|price|amount)s?\b[^.$]{0,40}? (?:will be|would be|is|are|comes? to|totals?"
    r"|amounts? to)(?: approximately| about| an estimated| roughly)? \$\s?\d[\d,]*(?:\.\d\d)?"
    r"(?! ?(?:per|/|a|an|each|for each) ?(?:page|copy|sheet|hour|minute|disc|cd|dvd|item))",
    r"\b(?:amount|balance|payment) (?:due|owed|outstanding)\b",
    r"\bestimated (?:cost|charge|fee|price)s?\b",
    r"\b(?:a )?deposit of\b|\bdeposit (?:is|will be) (?:required|due|needed)",
    r"\bpayment (?:of|in the amount of) \$",
    r"\b(?:checks?|payments?) (?:should be |must be |are )?(?:made )?payable to\b",
    r"\b(?:submit|make|send|remit) (?:your |the |a )?payment\b",
    # "Estimate: 6 hours at $64.00/hour = $384.00"
    r"\bestimate:\s*[^.]{0,60}?\$\s?\d|\bhours? at \$\s?\d[\d,]*(?:\.\d\d)?\s?(?:/|per|an|a) ?(?:hour|hr)\b",
    # a clerk's sum worked out: "84 pages at $.10 = $8.40"
    r"\b\d+ (?:pages?|copies|sheets|hours?|discs?|dvds?|cds?) (?:at|x|@) \$\s?\d*\.?\d+[^.=]{0,20}?=\s?\$\s?\d",
    # A clerk's sum: "so it'd be about $4.75 plus postage, call it $6.00 if you want paper ... send a check"
    r"\b(?:it|that|this|they|copies|the copies) (?:would|will) (?:be|run|cost|come to) (?:about |around |approximately"
    r" |roughly )?\$\s?\d",
    r"\bcall it \$\s?\d",
)
# A sum of money; not a budget or a project's cost in a record ("an estimated cost of $6.8 million"): no fee is.
DOLLARS = re.compile(r"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d{2})?(?![\d.,]*\s?(?:million|billion|trillion|[mb]n?)\b)",
                     re.I)
EXTENSION = rx(
    r"\bextend(?:ing|ed|s)? (?:the|its|our|your|this) (?:[\w-]+ ){0,2}(?:time|deadline|period|date|time"
    r" limit)\b",
    r"\b(?:time|deadline|period|time limit) (?:to respond|for responding|for a"
    r" response)?[^.]{0,60}\b(?:is|are|has been|will be)(?: therefore)? extended",
    r"\bextension of (?:the )?(?:time|deadline)",
    r"\b(?:notice of|invoke|invoking|take|taking) (?:an? )?[\w() -]{0,20}extension",
    r"\bunusual circumstances (?:apply|exist|are present)",
    r"\b(?:because of|due to|constitute|constitutes) (?:these |the )?unusual circumstances",
    r"\b(?:requir|need|tak|took|invok|claim)\w* (?:up to )?(?:an? |another )?(?:\w+ )?(?:\(\d+\) )?"
    r"(?:additional|extra|further) (?:time|days|(?:\w+ ){1,2}days)",
    r"\b(?:additional|more|further|extra) time (?:is|was|will be) (?:reasonably |also )?(?:needed|required"
    r"|necessary)",
    r"\b(?:now|instead) (?:expects?|anticipates?|estimates?|plans?|intends?) to (?:respond|reply|complete"
    r"|provide|issue|send|finish)",
    r"\b(?:beyond|past|in excess of) the (?:statutory|standard|normal|usual|original|initial) (?:[\w-]+ ){0,2}"
    r"(?:time limit|deadline|period|response time|due date)",
    r"\b(?:we|it) (?:require|will require|need|will need) (?:more|additional|further) time",
    r"\b(?:\w+|\(\d+\))[- ](?:business|working|calendar)?[- ]?days? extension",
    r"\b(?:due date|deadline|response date)\b[^.]{0,60}? (?:has been|was|is|will be) (?:extended|changed"
    r"|moved|postponed)",
    r"\b(?:will not|won't|cannot|can ?not|(?:are|is|am|will be) unable to|(?:are|is) not able to)(?: be able to)?"
    r" (?:respond|reply|complete|fulfill|meet|produce|provide|deliver)\b[^.]{0,60}?\bwithin\b",
    r"\b(?:require|need|take)s? (?:approximately |about |roughly |an estimated |up to |at least )?(?:\d+|\w+)"
    r" (?:more|additional|further|extra) (?:business |working |calendar )?(?:days|weeks|months)",
    r"\b(?:revised|new|updated) (?:estimated )?(?:due|completion|response) date",
    r"\b(?:additional|extra|further) (?:\w+ )?(?:\(\d+\) )?(?:business |working |calendar )?days\b[^.]{0,40}?"
    r"\b(?:to respond|to complete|to process|to review|beyond|past|as permitted|under|pursuant)",
    r"\b(?:(?:is|are) )?(?:taking|take|taken|invoking|claiming) (?:an? |the )?(?:additional|extra|further)"
    r" (?:\w+ )?(?:\(\d+\) )?(?:business |working |calendar )?days",
    r"\b(?:needs?|requires?|will need|will require) (?:an? |some |a little |a bit |a few )?(?:additional|more"
    r"|further|extra) time",
    r"\b(?:another|an additional|a further|(?:a )?few more) (?:\w+ ){0,2}(?:days|weeks|months)\b(?! ago)",
    r"\b(?:requir|need|tak|invok|claim)\w* (?:up to )?(?:an? |another )?(?:additional|extra|further) (?:\w+ )?"
    r"(?:\(\d+\) )?(?:business |working |calendar )?days",
    r"\bprecludes? a response within\b",
    r"\b(?:need|needs|require|requires|take|takes) (?:more than|over|longer than) (?:the )?(?:\d+|\w+) (?:\(\d+\) )?"
    r"(?:business |working |calendar )?days",
    r"\b(?:is|are) taking longer than (?:expected|anticipated|usual|planned)",
    r"\b(?:response|request|production|review)\b[^.]{0,40}? (?:is|has been|will be) delayed\b",
    r"\b(?:delay(?:ed)?|unable to (?:respond|complete|meet))\b[^.]{0,60}?\b(?:statutory|original|initial)"
    r" (?:deadline|due date|time ?(?:frame|limit))",
)
# Texas's Public Information Act: the agency asks the Attorney General whether it may withhold, and its brief (often
# attached) argues exceptions; until the ruling nothing is decided.
RULING_ASKED = rx(
    r"\b(?:asking|ask|asks|asked|request(?:ing|s|ed)?|seek(?:ing|s)?|sought) (?:for )?(?:a |an )?(?:ruling|decision"
    r"|opinion)\b[^.]{0,60}?\battorney general\b",
    r"\b(?:asked|asking|requested|requesting) the (?:office of the )?attorney general(?:'s office)? (?:for|to issue)"
    r" (?:a |an )?(?:ruling|decision|opinion)\b",
    r"\bnotice of (?:request for|requesting) (?:an? )?attorney general (?:decision|ruling|opinion)\b",
    # "TWC has asked the Office of the Attorney General to decide whether the requested information is excepted"
    r"\b(?:asked|asking|requested|requesting) the (?:office of the )?attorney general(?:'s office)? to (?:decide"
    r"|rule|determine)\b",
    r"\b(?:copy of )?(?:the|our|its|the \w+'s) letter to the (?:office of the )?attorney general\b",
)
# Records that exist but cannot be had yet, with the date they will be (a statutory delay notice).
# A letter that calls itself the acknowledgment the law asks for ("Please consider this our written
# acknowledgment under RSA 91-A:4, IV"): its estimate and "not immediately available" are what such an
# acknowledgment must state, not an extension.
SELF_ACKNOWLEDGED = rx(
    r"\bconsider this (?:e-?mail |letter |message |notice |response )?(?:as |to be )?(?:our|an|the|your|a) (?:written"
    r" |formal |official )?acknowledg(?:e?ment)\b",
    r"\b(?:this|the present) (?:e-?mail|letter|message|notice|correspondence) (?:serves|will serve|shall serve|is"
    r" intended) as (?:our|an|the|your|a) (?:written |formal |official )?acknowledg(?:e?ment)\b",
)
DELAYED = rx(
    # Tennessee's response form: "It is not practicable to promptly provide the requested records because ..."
    r"\bnot (?:practicable|possible|feasible) to (?:promptly |immediately )?(?:provide|produce|make available)"
    r" (?:the|these|your) (?:requested )?records\b",
    # "Despite a good-faith effort, it is not possible to complete your request within four business days."
    r"\bnot (?:practically |reasonably )?possible to (?:provide|produce|release) the (?:requested )?records\b",
    r"\b(?:not (?:possible|able|feasible)|unable|impossible) to (?:complete|fulfill|fill|respond to|process|produce)"
    r" (?:your|the|this) (?:request|records)\b[^.]{0,40}?\bwithin\b",
    r"\b(?:cannot|can ?not|could not|is unable to) (?:produce|provide|release) the (?:requested )?(?:information"
    r"|records|documents)\b[^.]{0,20}?\bwithin\b",
    # Nevada's NRS 239.0107 notice: "unable to make the requested records available by the end of the fifth
    # business day".
    r"\b(?:(?:is|are) unable to|(?:is|are) not able to|cannot|can ?not|could not) make (?:the|these|your)"
    r" (?:requested )?(?:information|records|documents) available\b[^.]{0,20}?\b(?:within|by the end of)\b",
    r"\bearliest (?:practicable|possible|reasonable) date (?:for|to|on which|by which)\b",
    r"\bnot (?:immediately|currently|yet|readily) available\b",
    r"\b(?:earliest|expected|anticipated) date (?:on which|by which|when|that) (?:the |these |they )?(?:records?"
    r"|documents?|information|they|it)",
    r"\b(?:in|at) (?:off-?site |archived? |remote )?storage\b[^.]{0,80}?\b(?:available|retriev)",
    r"\b(?:cannot|can ?not|could not) be (?:produced|provided|released|made available) (?:immediately|at this time"
    r"|right now)\b",
    r"\b(?:retrieved|recalled|pulled) from (?:off-?site|archived?|remote|an? off-?site) (?:storage|archives?"
    r"|records center)",
)
# A new date given after the request was acknowledged: an extension, unless the letter acknowledges (an
# acknowledgment often gives an estimate).
NEW_ESTIMATE = rx(
    r"\b(?:expect|expects|anticipate|anticipates|plan|plans) to (?:provide|send|issue|complete|release|produce|finish)"
    r" (?:a |an |our |the |its |your )?(?:response|records|determination|answer|review|search|processing)\b[^.]{0,30}?"
    r"\b(?:on or before|by|no later than)\b",
    r"\b(?:now )?(?:anticipate|anticipates|expect|expects|estimate|estimates) (?:completing|responding|providing"
    r"|issuing|producing|releasing|finishing|a (?:response|completion|release)|that (?:we|it|the \w+) will"
    r" (?:complete|respond|provide|finish|release))\b",
    r"\b(?:target|anticipated|projected|expected|estimated) (?:completion|response|release) date\b",
    r"\b(?:i|we) should have (?:everything|it all|them|it|the records|the files|those|these|something)"
    r" (?:to you |for you |ready )?by\b",
    # A clerk's voice: "Realistically I'm looking at the end of the month - I'd say by October 30."
    r"\b(?:i|we)(?:'d| would) (?:say|guess|estimate)\b[^.]{0,20}?\b(?:by|around|on or about)\b",
    # New Mexico's three-day letter: "The City will provide the recordings, or a further written response, on or
    # before October 23, 2026."
    r"\b(?:will|shall) (?:provide|produce|release|deliver|send) (?:the |all |any |you )?(?:requested |responsive "
    r"|remaining )?(?:records|recordings|documents|files|videos|footage)\b[^.]{0,60}?\b(?:on or before|no later"
    r" than)\b",
    # "... no earlier than December 10, 2026. This is our revised estimate for completing your request."
    r"\b(?:this|that|here) is (?:our|the|a|an|its) (?:revised|new|updated|amended) estimate(?:d date)? (?:for|of)"
    r" (?:completing|completion|responding|the completion)\b",
    # "My revised estimate for installment 2 is January 29, 2027."
    r"\b(?:my|our|the|a) (?:revised|new|updated|amended) estimate(?:d date)? (?:for|of) (?:installment|the (?:next"
    r"|second|third|remaining|final|last) installment)\b",
    # California's determination: "The City estimates that these records will be made available to you on or before"
    r"\b(?:estimates?|anticipates?|expects?) that (?:these|the|those|all|any|such) (?:[\w-]+ )?(?:records|documents"
    r"|materials|information) will be (?:made )?(?:available|produced|provided|released)\b",
)
# "Please confirm that you are still interested in this request within 30 days": the agency asks whether to go on,
# not what we want; the request's clock runs on (the answer-by date is read as for any letter that sets one).
STILL_INTERESTED = rx(
    r"\b(?:still|remain|continue to be) interested in (?:pursuing |receiving |obtaining )?(?:this|your|the|these"
    r"|a response to)(?: this| your| the)? (?:[\w-]+ )?(?:request|records|response)\b",
    r"\bcontinued interest in (?:this|your|the) (?:[\w-]+ )?request\b",
    r"\bwhether (?:you|requesters|the requester) (?:still wish|remain interested|wish to continue|still want|are still"
    r" interested|is still interested)\b",
)
CLARIFICATION = rx(
    r"\bplease clarify",
    # "Before we can process the request, please have Ms. Pruitt confirm in writing that ..."
    r"\bbefore (?:we|i|the [\w-]+|[\w-]+) can (?:process|search|proceed|begin|continue|locate|start)\b[^.]{0,80}?"
    r"\b(?:please|we need|you must)\b",
    r"\bwe need (?:\w+ )?(?:things|items|documents|the following) from you\b",
    r"\bplease (?:have [\w. ]{1,40} )?confirm in writing\b",
    # A clerk's bare question on the scope: "Which election - 6/9 primary only or all of 2026?" (a question on the
    # format, "do you want paper or a spreadsheet?", is not one: the request stands as it is).
    r"\b(?:which|what) (?!(?:happens|is next|to expect)\b)[^.?!]{3,80}\?|\bdid you mean\b",
    r"\b(?:ask|asks|request|requests|need|needs|require|requires) (?:that )?you (?:to )?(?:please )?(?:clarify"
    r"|narrow|specify|identify|confirm|provide (?:additional|more|further|the following))",
    r"\b(?:clarify|specify|identify|confirm) (?:the following|for us)\b",
    r"\b(?:need|needs|require|requires|request|requesting|seek|seeking) (?:some |further |additional"
    r" )?clarification",
    r"\bclarify (?:whether|what|which|your request|the scope|the request)",
    r"\b(?:narrow|limit|refine) (?:your|the) (?:request|scope)",
    # "Would you be willing to narrow that part to one of these?"
    r"\b(?:would|could|can) you (?:be willing to |please )?(?:narrow|limit|refine)\b",
    r"(?<!\byour )\bnarrowed request",  # not "Per your narrowed request, attached are ..."
    r"\b(?:more|less|sufficiently) specific",
    r"\bplease (?:provide|send|specify) (?:us )?(?:with )?(?:additional|more|further) (?:information"
    r"|details)",
    r"\bresume processing (?:upon|once|after) (?:your|we receive)",
    # What the agency needs from us before it starts: "Once we receive your statement, the Cabinet will process
    # your request" (a payment asked for is a fee letter, decided before this).
    r"\b(?:once|when|after|upon) (?:we|i|the [\w-]+) (?:receive|receives|have|has|get|gets) (?:your|the|this|that)"
    r" (?:[\w-]+ ){0,3}(?:statement|information|clarification|confirmation|certification|form|consent"
    r"|authori[sz]ation|waiver|proof|identification|verification|affidavit)\b[^.]{0,80}?\b(?:will|can|may|shall)"
    r" (?:\w+ )?(?:process|begin|proceed|search|continue|start)",
    r"\bplease (?:reply|respond) with (?:a|an|the|your)\b",
    r"\bunduly burdensome",
    r"\b(?:does not|fails to|did not) reasonably describe",
    r"\b(?:additional|more|further) information (?:is |will be )?(?:needed|required|necessary)",
    # "Please complete the attached Open Records Request form. Requests ... must be signed before a notary"
    r"\bplease (?:complete|fill out|fill in|sign)(?: and (?:sign|return|notarize))? (?:the|this|our) (?:attached"
    r" |enclosed )?(?:[\w-]+ ){0,4}form\b",
    r"\bwill (?:process|begin processing|proceed with) (?:the|your|this) request (?:once|when|after|upon)\b[^.]{0,60}?"
    r"\b(?:form|identification|proof|signature|affidavit|certification|declaration)\b",
    r"\bwe need (?:more|additional|further) information",
    # ... not when to come ("Please let us know what day you plan to come so we can have it pulled"): that arranges
    # a visit to records already found
    r"\bplease (?:let us know|confirm|specify|indicate|tell us|tell me|let me know) (?:whether|which|what|if)"
    r"(?! (?:day|date|time|days|dates|times) (?:you|works|would))",
    r"\b(?:unable|not able) to process your request as (?:written|submitted)",
    r"\b(?:exactly|specifically|precisely) (?:which|what) (?:[\w-]+ ){0,3}(?:you|are you)\b",
    r"\b(?:which|what) (?:specific |particular |exact )?(?:[\w-]+ )?(?:records?|documents?|information|files?"
    r"|materials?|reports?|items?) (?:you (?:want|need|seek|mean|are (?:seeking|looking for|requesting|interested"
    r" in))|are you (?:seeking|looking for|requesting))",
    r"\b(?:request|it|processing) (?:is|has been|will be|remains|will remain) (?:placed |put )?on hold\b"
    r"(?![^.]{0,60}\b(?:pay|payment|fee|fees|deposit)\b)",
    r"\b(?:placed|put|placing|putting) (?:your|the|this) request on hold(?![^.]{0,60}\b(?:pay|payment|fee"
    r"|fees|deposit)\b)",
    r"\buntil (?:i|we) (?:hear (?:back )?from you|hear back|receive your (?:response|reply|clarification|answer))",
    r"\b(?:held|hold|holding|placed|place) (?:the |your |this )?(?:request )?in abeyance\b",
    r"\b(?:could|can|would) you (?:please )?(?:tell|let) (?:me|us) (?:know )?(?:whether|which|what|if)\b",
    r"\b(?:could|can|would|will) you (?:please )?(?:narrow|clarify|specify|confirm whether|identify|limit|refine"
    r"|provide (?:the|a|an|more|additional|us))\b",
    # "Could you please tell us the street number(s) of the buildings you mean"
    r"\b(?:could|can|would) you (?:please )?(?:tell|send|give) (?:me|us) (?:the|which|what|your)\b",
    r"\bnarrow (?:it|this|that|the request|your request) down\b",
    r"\b(?:do|did|would) you (?:want|need|prefer|like|mean|wish)\b[^.?]{0,160}\?",
    r"\bpending (?:your|the requester's) (?:revision|clarification|response|reply|answer)\b",
    r"\b(?:can|could|would|will) the requester (?:please )?(?:give|provide|narrow|clarify|specify|identify|tell"
    r"|confirm|limit)\b",
    r"\bonce (?:i|we) hear (?:back )?from you\b|\bonce (?:i|we) hear back\b(?! (?:on|about|regarding|from (?!you)))",
    r"\bplease (?:identify|specify|indicate|describe|list|clarify|narrow|advise (?:us )?(?:whether|which|what|if)"
    r"|confirm (?:whether|which|what|if|the))\b",
    r"\b(?:we|i) (?:will )?need you to (?:confirm|clarify|identify|specify|provide|narrow|tell|let us)\b",
    r"\bwithout (?:that|this|such|the|more|additional) (?:information|details?|clarification)\b[^.]{0,40}?\b(?:cannot"
    r"|can not|are unable|will not be able)",
    r"\b(?:did|do) you mean\b|\bare you (?:seeking|asking for|looking for|requesting|referring to)\b",
    r"\bin order to (?:locate|identify|search for|process|find|respond to)\b[^.]{0,60}?\b(?:we|i) (?:will )?need\b",
    r"\b(?:we|i) (?:will )?need (?:the|your) (?:[\w-]+ ){0,3}(?:name|date|number|address|location|case|report"
    r"|incident|dates|time ?frame|range|badge)",
)
CALL_REQUEST = rx(
    r"\b(?:give|gave) (?:me|us) a (?:call|ring)",
    r"\b(?:please|could you|can you|kindly) (?:call|phone|telephone) (?:me|us|our office)",
    r"\b(?:would like|like|want) to (?:speak|talk) with you",
    r"\bwalk you through",
)
OUT_OF_OFFICE = rx(
    r"\b(?:i am|i'm|i will be|i'll be) (?:currently )?(?:out of (?:the )?office|on (?:annual |sick "
    r"|extended )?leave|away|on vacation|traveling|on travel|on official travel)",
    r"\bout of (?:the )?office (?:until|through|from)",
    r"\blimited access to (?:e-?mail|my e-?mail)",
    r"\bwill (?:respond|reply|return your (?:message|e-?mail)) (?:to your (?:message|e-?mail) )?(?:when"
    r"|upon|after) (?:i|my) return",
    r"\b(?:automated|automatic) (?:response|reply)\b[^.]{0,30}\byour (?:message|e-?mail) (?:was|has been)"
    r" (?:delivered|received)",
    r"\b(?:this|the) (?:e-?mail )?(?:address|mailbox|inbox) is no longer (?:monitored|in use|active)",
    r"\b(?:does|do) not constitute an acknowledg",
)
ACKNOWLEDGMENT = rx(
    # A clerk's "Got it. I'll get with our staff and start pulling the files this week."
    r"\b(?:i|we)(?:'ll| will) (?:[\w ]{0,40}? and )?(?:start|begin) (?:pulling|gathering|collecting|searching|looking"
    r"|working on|on)\b",
    r"\backnowledg(?:e|es|ing|ment of) receipt",
    r"\b(?:is|are|am) in receipt of|\btook receipt of (?:your|the|this) (?:[\w-]+ ){0,4}request",
    r"\b(?:request|it|application)\b[^.;]{0,40}? (?:has been|was|have been|is) (?:successfully )?(?:received"
    r"|submitted|logged|entered|opened|filed)\b",
    r"\b(?:we|office|department|city|county|agency|unit|division|section) (?:has |have )?received your"
    r" (?:[\w-]+ ){0,6}request",
    r"\b(?:has|have) been assigned (?:a |the )?(?:\w+ )?(?:(?:reference|tracking|request|case|file"
    r"|control|confirmation) )?(?:number|no\b|#)",
    r"\bassigned (?:\w+ )?(?:reference|tracking|request|case|file|control|confirmation) (?:number|no\b|#)",
    r"\b(?:request|case|reference|tracking) (?:number|no\.?|#) (?:listed )?above has been assigned",
    r"\bthank you for (?:submitting|your) (?:a |your )?(?:\w+ ){0,4}request",
    r"(?<!not )(?<!never )\breceived your (?:[\w-]+ ){0,6}request\b",
    # Not "On September 18 this office acknowledged your request": that was an earlier letter.
    r"\b(?:acknowledg(?:e|es|ing)|(?:have|has|hereby) acknowledged) (?:receipt of )?your (?:[\w-]+ ){0,6}request\b",
    r"\b(?:i|we) (?:have )?(?:logged|entered|registered|docketed) (?:it|your request|the request|this request)\b",
    r"\bthanks? (?:you )?for (?:submitting |sending )?(?:your|the) (?:[\w-]+ ){0,4}request\b",
    r"\b(?:we|i)(?: have)? (?:got|gotten) your (?:[\w-]+ ){0,6}request\b",
    r"\b(?:i|we) (?:got|have gotten) (?:to|around to) your (?:[\w-]+ ){0,4}request\b",
    r"\b(?:i|we) will (?:log|enter|register|open) (?:it|your request|the request|this request)\b",
    r"\b(?:is|was) (?:now )?(?:considered |deemed )?perfected\b",
    r"\bplaced in (?:our|the) (?:simple|complex|expedited|fast|standard) (?:processing )?(?:queue|track)\b",
    r"\b(?:request|it)\b[^.;]{0,40}? is (?:now )?(?:pending|being processed|in process|in the queue)\b",
    r"\byour (?:[\w-]+ )?(?:request|reference|tracking|case|confirmation|file|control) (?:number|no\.?|#|id)"
    r" (?:is|will be)\b",
    r"\bstatutory (?:response|due) date (?:is|will be)\b",
    r"\b(?:has been|was) assigned (?:(?:the |a )?(?:[\w-]+ )?(?:number|no\.?|#) )?[a-z]{0,6}-?[a-z]{0,6}-?\d",
    r"\b(?:received|logged|entered|recorded|registered|docketed)(?: and (?:entered|logged|recorded|registered"
    r"|docketed))?(?: (?:it|your request|the request|this request))? (?:in|into|on) (?:our|the|its)"
    r" (?:[\w-]+ ){0,2}(?:system|database|log|queue|tracker|register)",
    r"\b(?:logged|entered|recorded|registered|docketed|opened)(?: (?:it|your request|the request|this request))?"
    r"(?: (?:in|into) (?:our|the) (?:[\w-]+ ){0,2}system)? (?:as|under) (?:(?:request|case|reference|tracking"
    r"|file|control) )?(?:(?:number|no\.?|#) ?)?[a-z]{0,6}[-#]?\d",
)
# A secure-mail service's notice (Microsoft Purview, Zix, Virtru): the letter is behind a link, unread.
RECALL = rx(r"\bwould like to recall the message\b")
SECURE_MESSAGE = rx(
    r"\bhas sent you a (?:protected|secure|encrypted) (?:message|e-?mail)\b",
    r"\byou have (?:received )?(?:a )?(?:new )?(?:secure|encrypted|protected) (?:message|e-?mail)\b",
    r"\bsent you (?:a )?(?:secure|encrypted) (?:message|e-?mail|email via virtru)\b|\bvirtru\b[^.]{0,40}\bunlock\b",
    r"\b(?:read|open|view) (?:the|your) (?:secure|protected|encrypted) message\b",
)
# A file-transfer service's passphrase, sent apart from the package it opens.
PASSPHRASE = rx(
    r"\b(?:the )?(?:passphrase|password|passcode) (?:for|to) (?:the |your |this )?(?:[\w'’-]+ ){0,3}(?:package|files?"
    r"|download|drop)\b",
    r"\bthe (?:passphrase|passcode) is\b",
)
# A portal's mail about the requester's account, not a request: "A request was received to reset the password for
# the Public Records Center account", "Please verify your email address to activate your account".
ACCOUNT = rx(
    r"\b(?:request|requested) (?:was|has been) (?:received|made) to reset (?:the|your) password\b",
    r"\b(?:reset|change|choose|set) (?:a |the |your )?(?:new )?password\b(?![^.]{0,40}\b(?:package|files?|download"
    r"|drop|zip)\b)",
    r"\b(?:verify|confirm) your (?:e-?mail(?: address)?|account)\b",
    r"\b(?:activate|unlock) your (?:[\w-]+ ){0,3}account\b",
    # A service's own bill: "Your quarterly statement for the period July 1 - September 30 is available."
    r"\byour (?:quarterly|monthly|annual) (?:account )?(?:statement|invoice|bill)\b[^.]{0,60}?\bis (?:now )?"
    r"available\b",
    # An event's registration: "Thank you for registering for the 2027 National Freedom of Information Summit."
    r"\bthank you for registering (?:for|to attend)\b|\b(?:your )?registration (?:is |has been )?confirmed\b",
)
SUBSCRIPTION = rx(
    r"\b(?:to which you are subscribed|you are subscribed to|you subscribed to|subscribed to (?:one or more|this|these"
    r"|the following) (?:dockets?|news|lists?))\b"
    r"(?! (?:this|your|the) (?:request|records? request)| the google groups?\b| this group\b)",
    r"\bmanage your (?:e-?mail )?subscriptions?\b|\bsubscription preferences\b|\besubscription\b",
    # A regulator's watch list: "The following application was received by the Department in an area you are watching"
    r"\b(?:change|manage|update) your (?:[\w-]+ )?subscriptions\b|\bin an area you are watching\b",
)
# A web form's echo of what we submitted ("Form submission received ... The following form was submitted via").
FORM_ECHO = rx(r"\bform submission received\b|\bthe following form was submitted\b|\bthank you for (?:submitting|your)"
               r" (?:the |your )?(?:online )?form submission\b")
PORTAL = rx(
    r"\b(?:has been|was) updated\b",
    r"\b(?:log|sign) ?(?:in to|into|onto|on to) (?:the |your |our )?(?:[\w/ ]{0,40})?(?:portal|center|centre|link|pal"
    r"|account"
    r"|site|system)",
    r"\bnew (?:message|correspondence|document|note|activity|comment)s? (?:is |are )?(?:available |posted"
    r" )?(?:for|on|regarding|about|has been)",
    r"\bthere is (?:a )?new (?:message|correspondence|document|activity)",
    r"\bstatus (?:of (?:your |the )?(?:[\w-]+ ){0,4}request(?: [\w#-]+)? )?(?:has )?(?:changed|been changed"
    r"|been updated)",
    r"\b(?:has|have) (?:a )?new (?:message|activity|point of contact)",
    r"\bpoint of contact has been (?:assigned|changed)",
    r"\bview (?:the |your )?(?:request|update|message)s?:",
    r"\bview (?:the |your |this )?(?:request|update|message|response)s?(?: [#\w-]+)? \(https?://",  # a link's label
    r"\b(?:has been|was) (?:reassigned|re-assigned|assigned to|uploaded to|added to|attached to|posted to)\b",
    r"\b(?:documents?|files?|messages?|notes?|records?) (?:has|have) been (?:uploaded|added|posted|attached)\b",
    r"\b(?:has|have) (?:responded|replied) to (?:your|the|this) (?:[\w-]+ )?request\b",
    r"\bview the (?:response|message|update|document)s?\b",
)


# --- Spanish --------------------------------------------------------------------------------------------------
# Offices in Puerto Rico and many in the Southwest answer in Spanish, or in both languages with Spanish first. The
# same kinds, in the words of Spanish administrative letters: "acusamos recibo", "prórroga", "estimado de costos",
# "no se encontraron documentos". A letter in both languages is read by whichever family states it first.
def _with(family: re.Pattern[str], *spanish: str) -> re.Pattern[str]:
    return rx(family.pattern, *spanish)


_DOCS_ES = r"(?:documentos?|r[eé]cords?|registros?|expedientes?|informes?|copias?|archivos?|contratos?|informaci[oó]n)"
ACKNOWLEDGMENT = _with(
    ACKNOWLEDGMENT,
    r"\bacus(?:amos|a|o) recibo\b|\bacuse de recibo\b",
    r"\b(?:hemos|ha|han) recibido su (?:[\w-]+ ){0,4}solicitud\b",
    r"\bsu solicitud\b[^.;]{0,60}?\b(?:fue|ha sido|qued[oó]|queda|est[aá]) (?:debidamente )?(?:recibida|registrada"
    r"|radicada|asignada|ingresada)\b",
    r"\b(?:se le )?(?:ha )?asign[oó]? (?:el )?(?:n[uú]mero|n[uú]m\.?) (?:de )?(?:solicitud|caso|referencia|control)\b",
)
EXTENSION = _with(
    EXTENSION,
    r"\bpr[oó]rroga\b(?! (?:que )?(?:podr|pudier))",
    r"\b(?:t[eé]rmino|plazo) adicional de\b",
    r"\b(?:extender|extendemos|se extiende|ampliar|ampliamos) (?:el|dicho|nuestro) (?:t[eé]rmino|plazo)\b",
)
FEE = _with(
    FEE,
    r"\b(?:estimado|c[aá]lculo) de (?:costos?|cargos|gastos)\b|\b(?:costo|total) estimado\b",
    r"\b(?:el|un) (?:pago|dep[oó]sito) (?:se realiza|deber[aá]|debe|es requerido|ser[aá] requerido)\b",
    r"\bsi acepta el (?:cargo|costo)\b",
)
CLARIFICATION = _with(
    CLARIFICATION,
    r"\b(?:favor de|le solicitamos que|necesitamos que|le pedimos que|le agradeceremos que) (?:nos )?(?:aclare"
    r"|especifique|precise|indique|confirme|delimite|aclarar|especificar|precisar|indicar(?:nos)?|confirmar"
    r"|delimitar)\b",
    r"\b(?:necesitamos|requerimos|solicitamos) (?:una |que nos provea una |m[aá]s )?(?:aclaraci[oó]n|precisi[oó]n"
    r"|especificaci[oó]n)\b",
)
DENIAL = _with(
    DENIAL,
    r"\b(?:se deniega|denegamos|queda denegada|ha sido denegada|fue denegada|es denegada|se le deniega)\b",
    r"\bno (?:puede|pueden|podemos|podr[aá]|podr[aá]n) (?:ser )?(?:divulgad[oa]s?|entregad[oa]s?|divulgar|entregar"
    r"|proveer|producir)\b(?! (?:en este momento|todav[ií]a|a[uú]n|hasta))",
)
NO_RECORDS = _with(
    NO_RECORDS,
    rf"\bno se (?:encontr[oó]|encontraron|localiz[oó]|localizaron|hall[oó]|hallaron|identific[oó]|identificaron)"
    rf" (?:ning[uú]n |ningunos? )?{_DOCS_ES}",
    rf"\bno (?:existen|existe|obran|obra|hay|tenemos|poseemos) {_DOCS_ES}",
    r"\bno obra(?:n)? en (?:nuestros|los|sus) (?:archivos|expedientes|r[eé]cords|registros)\b",
)
RECORDS = _with(
    RECORDS,
    rf"\b(?:se )?(?:adjunt(?:an|a|amos)|acompa[ñn](?:an|amos))\b[^.]{{0,60}}?\b{_DOCS_ES}\b",
    r"\badjunto (?:encontrar[aá]|le (?:enviamos|remitimos|incluimos)|hallar[aá])\b",
    r"\bentrega (?:parcial|final|total) de (?:la |los )?(?:informaci[oó]n|documentos)\b",
)
MORE_TO_COME = _with(
    MORE_TO_COME,
    rf"\b{_DOCS_ES} (?:restantes|pendientes)\b|\b(?:entrega parcial|primera entrega|segunda entrega)\b",
)
CLOSED_UNANSWERED = _with(
    CLOSED_UNANSWERED,
    r"\bcierre administrativo\b",
    r"\b(?:no (?:hemos )?recibi(?:do|mos)|sin (?:recibir )?(?:respuesta|contestaci[oó]n))\b[^.]{0,100}?\b(?:cerrada"
    r"|se cierra|cerramos|procedemos a cerrar|ha sido cerrada)\b",
)
PORTAL = _with(
    PORTAL,
    r"\b(?:su solicitud|el estado de su solicitud) (?:ha sido|fue) (?:actualizad[oa]|modificad[oa])\b",
    r"\binicie sesi[oó]n\b|\bingrese al portal\b",
)
