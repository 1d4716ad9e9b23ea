# ---------------- USSS ----------------
US = "Secret Service FOIA <FOIA@usss.dhs.gov>"
add("2026-09-09 13:44 -0400", US, "FOIA Request Acknowledgment - File No. 20260412",
    L("REQ-004", "acknowledgment", "20260412", "USSS FOIA ack letter in body; received Sept 8 = sent"),
    text="""This acknowledges receipt of your Freedom of Information Act (FOIA) request to the United States Secret Service, received on September 8, 2026, for records concerning National Threat Assessment Center (NTAC) training sessions on school threat assessment delivered between January 2024 and the present.

Your request has been assigned file number 20260412. Please cite this number in any correspondence regarding your request.

Due to the increasing number of FOIA requests received by this office, we may encounter some delay in processing your request. We will respond as soon as practicable.

Freedom of Information and Privacy Acts Branch
U.S. Secret Service""", reply="REQ-004")
add("2026-10-06 09:20 -0400", US, "File No. 20260412",
    L("REQ-004", "extension", "20260412", "10-day extension under unusual circumstances plus estimated completion date", est="2026-12-18"),
    text="""Dear Requester:

Your request requires consultation with the Office of Protective Operations and NTAC, which are components having a substantial interest in the records. Accordingly, we are invoking the 10-day extension provided by 5 U.S.C. 552(a)(6)(B). We currently estimate completing your request by December 18, 2026.

FOIA/PA Branch, U.S. Secret Service""",
    html="""<html><body><p>Dear Requester:</p><p>Your request requires consultation with the Office of Protective Operations and NTAC, which are components having a substantial interest in the records. Accordingly, we are invoking the 10-day extension provided by 5 U.S.C. 552(a)(6)(B). We currently estimate completing your request by <b>December 18, 2026</b>.</p><p>FOIA/PA Branch, U.S. Secret Service</p></body></html>""")
add("2026-10-07 10:02 -0400", US, "FOIA Request Acknowledgment - File No. 20260518",
    L("REQ-016", "acknowledgment", "20260518", "second USSS request; ack states received Oct 6 (sent Oct 5)"),
    text="""This acknowledges receipt of your FOIA request received October 6, 2026 seeking the case data underlying NTAC's analysis of averted attacks against K-12 schools.

File number: 20260518.

Freedom of Information and Privacy Acts Branch
U.S. Secret Service""", facts={"received": "2026-10-06"})
add("2026-10-27 14:11 -0400", US, "FOIA File No. 20260518 - Final Response",
    L("REQ-016", "no_records", "20260518", "no records: underlying case data not kept as agency records; appeal rights given"),
    text="Please find the attached response to your FOIA request.",
    pdf=("20260518 Final.pdf", "UNITED STATES SECRET SERVICE - Freedom of Information and Privacy Acts Branch",
         """October 27, 2026

File Number: 20260518

A search of the National Threat Assessment Center was conducted and no records responsive to your request were located. NTAC advised that the coded case file dataset used for its published analysis was compiled under a research protocol and is not retained by the Secret Service after publication.

You have the right to appeal this determination. Your appeal must be received within 90 days of the date of this letter and should be addressed to the Deputy Director, U.S. Secret Service, Attn: FOIA Appeal."""))
add("2026-11-16 11:37 -0500", US, "FOIA File No. 20260412 - Final Response",
    L("REQ-004", "denial", "20260412", "training materials withheld in full under (b)(7)(E); appeal within 90 days"),
    text="""Dear Requester:

This is the final response to your FOIA request, file number 20260412. The Secret Service located 214 pages of training curricula, attendee rosters and presenter notes. After careful review, all 214 pages are withheld in full pursuant to 5 U.S.C. 552(b)(7)(E), because release would disclose techniques and procedures for law enforcement investigations, and attendee rosters are further withheld under (b)(6) and (b)(7)(C). No reasonably segregable portion could be released.

You may appeal this decision within 90 days of the date of this letter.

FOIA/PA Branch
U.S. Secret Service""", reply="REQ-004")

# ---------------- ATF ----------------
ATF = "ATF Disclosure Division <foiamail@atf.gov>"
add("2026-09-14 08:02 -0400", ATF, "Automatic reply: FOIA Request: Firearm trace summaries for guns recovered on K-12 school property",
    L("REQ-005", "auto_reply", None, "mailbox auto-responder; no number yet"),
    text="""Thank you for contacting the ATF Disclosure Division. This mailbox is monitored during normal business hours. Requests are processed in the order received. Please do not send duplicate requests, as this may delay processing.

For the status of an existing request, please reference your request number.""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, reply="REQ-005")
add("2026-09-16 15:25 -0400", ATF, "ATF FOIA Request",
    L("REQ-005", "acknowledgment", "2026-0789", "ATF ack letter as PDF, body says little; received Sept 14"),
    text="Please see attached.\n\nATF Disclosure Division\nOffice of Strategic Management",
    pdf=("2026-0789 Acknowledgment.pdf", "U.S. Department of Justice - Bureau of Alcohol, Tobacco, Firearms and Explosives",
         """September 16, 2026

REFER TO: 2026-0789

This acknowledges receipt of your Freedom of Information Act request dated and received September 14, 2026, for firearm trace summary data for firearms recovered on K-12 school property, 2020-2025. Your request has been assigned the number above.

Your request has been placed in the complex track. Please note that the Consolidated Appropriations Act restricts the disclosure of firearms trace data. We will respond to your request as soon as possible."""))
add("2026-10-01 10:18 -0400", ATF, "Correspondence",
    L("REQ-005", "fee_estimate", "2026-0789", "fee letter; number appears only in attachment file name; must agree within 30 days"),
    text="Please see the attached correspondence regarding your request. A response is required within 30 days.\n\nDisclosure Division",
    pdf=("2026-0789_FeeLtr.pdf", "Bureau of Alcohol, Tobacco, Firearms and Explosives - Disclosure Division",
         """October 1, 2026

Dear Requester:

We have estimated that the duplication and computer programming costs associated with your request will be $186.00. As a representative of the news media you are not charged search fees. Please confirm in writing within 30 days that you agree to pay the estimated fees, or narrow the request. If we do not receive a response, your request will be administratively closed."""))
add("2026-10-19 13:40 -0400", "Whitaker, Daniel <daniel.whitaker@atf.gov>", "RE: your trace data request",
    L("REQ-005", "other", "2026-0789", "specialist asks for a phone call to discuss fields; no determination"),
    text="""Good afternoon,

I have been assigned your request 2026-0789. Before I send this to the National Tracing Center, could you give me a call at 202-648-XXXX? I'd like to go over which data fields you actually need - there may be a way to get you something useful given the restrictions.

Thanks,
Dan Whitaker
Government Information Specialist
ATF Disclosure Division""")
add("2026-11-18 09:55 -0500", ATF, "FOIA 2026-0789 Final Response",
    L("REQ-005", "denial", "2026-0789", "trace data withheld in full under (b)(3) via appropriations rider; appeal to OIP within 90 days"),
    text="""Dear Requester:

This is in response to your FOIA request 2026-0789. The information you requested is trace data. Beginning with Fiscal Year 2003 and in every subsequent appropriations act, Congress has prohibited ATF from using appropriated funds to disclose the contents of the Firearms Trace System database except to law enforcement agencies or prosecutors. Accordingly, the records are withheld in full under Exemption 3 of the FOIA, 5 U.S.C. 552(b)(3).

You may appeal this response to the Office of Information Policy (OIP), U.S. Department of Justice, through OIP's FOIA STAR portal. Your appeal must be postmarked or electronically transmitted within 90 days of the date of this response.

Sincerely,
Disclosure Division""")
