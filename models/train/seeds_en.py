"""Hand-written English seed sentences for the training generator.

Slots: {N} the subject's full name (SUBJECT_PERSON), {C} a country name and
{D} a demonym, both COUNTRY; {X} another country (where someone lives or was
sent: no entity); {W} the writer, {O} an officer, {J} a judge (people who are
not the subject); {CITY}, {DATE}, {ANUM}, {PHONE}, {EMAIL}, {FAC}, {OFFICE};
{he} {him} {his} {He} {His} follow the subject's gender; {REL} the writer's
relation ("my husband"). All names and numbers are invented at generation.
"""

GREET = ["Dear Senior Reviewing Official,", "Dear Sir or Madam,", "To whom it may concern:",
         "Hello,", "Good morning,", "Dear SRO,", "Dear ICE Case Review team,", "Hi,",
         "Dear Officer,", "RE: request for case review", "", "To the Senior Reviewing Official:"]

INTRO = {
    "attorney": [
        "I am the attorney of record for {N} and write to request a case review.",
        "I represent {N} and submit this request for prosecutorial discretion.",
        "My client, {N}, asks ICE to review {his} case.",
        "This office represents {N}, A# {ANUM}.",
        "Please accept this request on behalf of my client {N}.",
        "I write as counsel for {N}, who is {D} and has lived here for {YEARS} years.",
        "Our firm represents {N} in {his} immigration matter.",
        "Re: {N}, A{ANUM}. I am writing on behalf of my client.",
        "I'm a staff attorney at {ORG} and I represent {N}.",
        "On behalf of our client {N}, we request a case review.",
        "We are counsel to {N} and submit the enclosed G-28.",
        "My name is {W}, attorney for {N}.",
    ],
    "family": [
        "I am writing for {REL}, {N}.",
        "{REL_CAP}, {N}, needs your help.",
        "My name is {W} and I am writing about {REL} {N}.",
        "please help {REL} {N}",
        "I am the {RELN} of {N} and I am asking for a review of {his} case.",
        "I write on behalf of {REL}, whose name is {N}.",
        "This is about {REL} {N}, A-number {ANUM}.",
        "{REL_CAP} is {N}. {He} is the father of our three kids." ,
        "I'm reaching out because {REL} {N} has a problem with ICE.",
        "Hi my name is {W}, {REL} is {N}",
    ],
    "self": [
        "My name is {N} and I am asking for a review of my case.",
        "I am {N}, A-number {ANUM}.",
        "My name is {N}. I was born in {CITY}, {C}.",
        "I, {N}, respectfully ask ICE to review my case.",
        "hello my name is {N} i need help with my case",
        "This is {N} writing about my own case.",
        "I am writing for myself. My full name is {N}.",
        "Name: {N}. I am the person this request is about.",
    ],
    "representative": [
        "I am an accredited representative at {ORG} and I write for {N}.",
        "{ORG} submits this request on behalf of {N}.",
        "Our church, {ORG}, is helping {N}, a member of our congregation.",
        "As {N}'s accredited representative, I request a case review.",
        "{ORG} represents {N} and encloses a signed G-28.",
        "I am a DOJ accredited representative; our client is {N}.",
    ],
    "other": [
        "I am a friend of {N} and write because {he} cannot.",
        "My neighbour {N} asked me to write this for {him}.",
        "I am {N}'s employer and I am writing on {his} behalf.",
        "I teach English to {N} and I am writing to ask for help for {him}.",
    ],
}

REL = {"m": ["my husband", "my son", "my brother", "my father", "my fiance", "my nephew",
             "my partner", "my uncle", "my grandson", "my cousin"],
       "f": ["my wife", "my daughter", "my sister", "my mother", "my fiancee", "my niece",
             "my partner", "my aunt", "my granddaughter", "my cousin"]}

ID_LINES = [
    "Name: {N}\nA#: {ANUM}\nDOB: {DOB}\nCountry of birth: {C}",
    "Full name: {N}\nA-Number: {ANUM}\nDate of birth: {DOB}\nCountry of citizenship: {C}\nPhone: {PHONE}",
    "Client: {N} | A{ANUM} | DOB {DOB} | COB: {C}",
    "Noncitizen's name: {N}\nAlien No. {ANUM}\nBorn: {DOB} in {CITY}, {C}",
    "Detainee: {N}\nNationality: {D}\nA# {ANUM}",
    "NAME - {N}\nA NUMBER - {ANUM}\nPLACE OF BIRTH - {CITY}, {C}",
    "Beneficiary: {N} (A {ANUM}), citizen of {C}, born {DOB}",
    "<b>Name:</b> {N}<br>\n<b>Country of birth:</b> {C}<br>\n<b>A#:</b> {ANUM}",
    "* Name: {N}\n* Citizenship: {C}\n* Phone: {PHONE}\n* Email: {EMAIL}",
    "Respondent: {N}; A-{ANUM}; {D} national; DOB {DOB}.",
]

ORIGIN = [
    "{He} was born in {CITY}, {C}, on {DOB}.",
    "{N} is a citizen of {C}.",
    "{He} is a native of {C} and came to the United States in {YEAR}.",
    "{N} is {D} by birth.",
    "{He} is a {D} national who has lived in {US_CITY} since {YEAR}.",
    "{He} came from {C} when {he} was {AGE} years old.",
    "{His} country of birth is {C}.",
    "{He} was born in {C} but has lived here most of {his} life.",
    "{N}, a {D} citizen, entered the country in {YEAR}.",
    "Originally from {C}, {he} has three US citizen children.",
    "{He} is originally from {CITY}, {C}.",
    "{N} (born {DOB}, {C}) has no criminal record.",
]

ORIGIN_SELF = [
    "I was born in {CITY}, {C} on {DOB}.",
    "I am from {C}.",
    "I am {D} and I have lived in {US_CITY} for {YEARS} years.",
    "I'm a citizen of {C}.",
    "I came here from {C} in {YEAR}.",
    "my country is {C}",
]

ORIGIN_DISTRACT = [
    "{He} lives in {US_CITY} with {his} family.",
    "{He} was deported to {X} in {YEAR} and came back.",
    "{He} travelled through {X} on the way here.",
    "{His} wife lives in {X} now.",
    "{He} worked in {X} for two years before coming to the US.",
    "They met while living in {X}.",
    "{His} mother is visiting from {X}.",
]

RELIEF = {
    "release_from_custody": [
        "We respectfully request that ICE release {him} from custody.",
        "Please release {him} so {he} can be with {his} children.",
        "We ask that {he} be released on an ankle monitor or any alternative to detention.",
        "I am asking for {his} release from detention.",
        "Kindly consider releasing {him} on humanitarian parole.",
        "Please let {him} out, {his} kids need {him}.",
        "The relief sought is release from ICE custody under an order of supervision.",
        "We request {his} release on ATD while the case continues.",
        "Could you please let {him} go home to {his} family?",
        "I'm begging you to free {him}.",
        "Requested relief: release from detention.",
    ],
    "stay_of_removal": [
        "We request a stay of removal.",
        "Please stop {his} deportation, the flight is scheduled for {DATE}.",
        "We ask ICE to grant an administrative stay of removal.",
        "I am asking you to postpone {his} removal so {he} can finish {his} treatment.",
        "Please halt the removal scheduled for next week.",
        "Relief requested: stay of deportation.",
        "Could you delay the deportation until {his} daughter's surgery?",
        "We seek a stay of removal for one year.",
        "please cancel the deportation flight",
    ],
    "cancellation_of_detainer": [
        "We ask that ICE lift the detainer lodged with the county jail.",
        "Please cancel the immigration detainer so {he} can be released on bail.",
        "We request that the ICE hold be withdrawn.",
        "Kindly rescind the detainer issued on {DATE}.",
        "The form of discretion sought is cancellation of the detainer.",
        "I am asking you to remove the ICE hold on {him}.",
        "We respectfully request that the detainer be lifted.",
    ],
    "deferred_action": [
        "We request deferred action for {him}.",
        "Please grant {him} deferred action on humanitarian grounds.",
        "I am asking for deferred action so I can keep caring for my son.",
        "The relief we seek is deferred action.",
        "We ask ICE to consider {him} for deferred action given {his} medical needs.",
        "Relief sought: deferred action for one year.",
        "Could ICE grant deferred action to {him}?",
    ],
    "decline_enforcement": [
        "We ask that ICE treat {him} as not a priority for enforcement.",
        "Please do not deport {him}.",
        "I am asking you not to arrest {him} at {his} next check-in.",
        "Please let {him} stay with {his} family.",
        "We request that ICE decline to remove {him} despite the final order.",
        "Please don't deport me, I have lived here twenty years.",
        "We respectfully ask ICE to exercise discretion and decline enforcement.",
        "{He} is not an enforcement priority and we ask that no action be taken.",
        "Let me stay, please.",
        "We ask that {he} not be detained at {his} appointment on {DATE}.",
    ],
    "motion_to_reopen": [
        "We ask OPLA to join a motion to reopen {his} case.",
        "Please agree to a joint motion to reopen.",
        "We request that ICE not oppose our motion to reopen the proceedings.",
        "We seek ICE's consent to reopen the case so {he} can apply for adjustment.",
        "Request: joint motion to reopen removal proceedings.",
        "Would ICE join in a motion to reopen?",
    ],
    "dismissal": [
        "We request that ICE move to dismiss the removal proceedings.",
        "Please agree to dismissal of the case.",
        "We ask the government to seek dismissal of the Notice to Appear.",
        "We respectfully request dismissal of proceedings without prejudice.",
        "Kindly consider terminating the removal proceedings.",
        "Relief sought: dismissal.",
    ],
    "administrative_closure": [
        "We request administrative closure of the case.",
        "Please agree to administratively close the proceedings.",
        "We ask that ICE not oppose administrative closure.",
        "Would the government consider administrative closure while the U visa is pending?",
        "Requested: administrative closure.",
    ],
    "stipulation": [
        "We ask counsel to stipulate to {his} eligibility for cancellation.",
        "Please consider a stipulation on the facts of the case.",
        "We request that ICE stipulate to withholding of removal.",
        "We seek a stipulated agreement on relief.",
        "Would OPLA be willing to stipulate to asylum eligibility?",
    ],
    "continuance": [
        "We request a continuance of the hearing set for {DATE}.",
        "Please agree to postpone the master calendar hearing.",
        "We ask that ICE not oppose a continuance.",
        "Could the individual hearing be rescheduled so the new attorney can prepare?",
        "We ask for a continuance so {he} can gather evidence.",
    ],
    "bond": [
        "We request a bond redetermination.",
        "Please consider {him} for bond.",
        "We ask ICE to agree to a reasonable bond.",
        "We respectfully request that bond be set at a lower amount.",
        "Could ICE offer a bond so {he} can leave detention?",
        "We seek a bond hearing as soon as possible.",
    ],
    "relief_in_proceedings": [
        "We ask ICE not to oppose {his} application for cancellation of removal.",
        "Please do not oppose the asylum application at the hearing.",
        "We request non-opposition to adjustment of status before the immigration judge.",
        "We ask the government not to oppose {his} application for withholding.",
        "We ask that ICE not oppose relief before the court.",
    ],
}

RELIEF_DISTRACT = [
    "{His} bond hearing was held last month and bond was denied.",
    "A motion to reopen was filed in {YEAR} and denied.",
    "{He} was released in {YEAR} and has complied with every check-in.",
    "The judge granted a continuance in {YEAR}.",
    "Deferred action was granted to {his} brother years ago.",
    "{He} already had a stay of removal in {YEAR}, which expired.",
    "The case was administratively closed in {YEAR} and recalendared.",
    "We previously filed for dismissal, which the court denied.",
    "There is no detainer.",
    "{He} posted bond in {YEAR}.",
]

LOCAL = {
    "denied": [
        "We asked the {OFFICE} field office first and they denied the request on {DATE}.",
        "The local ERO office denied our request for prosecutorial discretion on {DATE}.",
        "{O} at the {OFFICE} field office denied the request.",
        "Our request to the local field office was denied by email on {DATE}.",
        "The ERO {OFFICE} Field Office Director declined to exercise discretion.",
        "We requested a review from the local office and it was refused.",
        "The local office rejected the request on {DATE}; a copy of the denial is attached.",
        "The field office turned us down.",
    ],
    "granted": [
        "The local field office granted the request on {DATE} but the decision was not honoured.",
        "We asked the {OFFICE} field office and the request was approved on {DATE}.",
        "The local ERO office approved deferred action, but {he} was detained again.",
        "The field office accepted our request on {DATE}.",
    ],
    "partial": [
        "The local office granted the request in part on {DATE}: they released {him} but did not stay removal.",
        "The {OFFICE} field office partially approved our request.",
        "Our request to the local ERO office was granted only in part.",
        "The field office partially granted the request on {DATE}.",
    ],
    "no_response": [
        "We sent the request to the {OFFICE} field office on {DATE} and never heard back.",
        "The local office has not responded to our request.",
        "We emailed the local ERO office twice and received no response.",
        "We asked the field office on {DATE}; there has been no answer.",
        "The local office never replied to our request for prosecutorial discretion.",
        "I went to the ICE office in {OFFICE} to ask and they have not answered.",
    ],
    "pending": [
        "Our request with the {OFFICE} field office is still pending.",
        "The local ERO office is still reviewing the request submitted on {DATE}.",
        "We submitted the request to the local office and are awaiting a decision.",
        "The request to the field office remains under review.",
        "We asked the local office on {DATE} and the request is pending.",
    ],
}

LOCAL_NONE = [
    "We have not contacted the local office.",
    "I did not know I had to ask the local office first.",
    "",
    "",
]

SAFETY = {
    "assault": [
        "{He} was beaten by another detainee and the guards did nothing.",
        "An officer hit {him} during the transfer.",
        "{He} told me a guard sexually assaulted {him} at {FAC}.",
        "{He} was attacked in the dorm last night and has bruises.",
        "{He} reports that staff at {FAC} abused {him}.",
        "A guard punched {him} in the face.",
        "{He} was raped in detention.",
    ],
    "detention_conditions": [
        "{He} has been denied insulin for five days at {FAC}.",
        "They are not giving {him} {his} seizure medication.",
        "{He} has not seen a doctor despite chest pain for two weeks.",
        "{He} was put in solitary confinement for a month.",
        "{He} is refused medical care for a broken arm.",
        "The cell is overcrowded and they get no food some days.",
        "{He} started a hunger strike because nobody treats {his} infection.",
    ],
    "trafficking": [
        "{He} is a victim of human trafficking and has applied for a T visa.",
        "{He} was forced to work without pay by the people who brought {him} here.",
        "The smugglers held {him} captive and made {him} work to pay a debt.",
        "{He} was trafficked into forced labor on a farm.",
        "{He} is a survivor of sex trafficking.",
    ],
    "mental_health": [
        "{He} has schizophrenia and is not getting medication.",
        "{He} tried to kill {himself} last week in detention.",
        "{He} has a serious mental illness and is hearing voices.",
        "{He} has bipolar disorder and is in crisis.",
        "{He} told me {he} wants to hurt {himself}.",
        "The doctor diagnosed {him} with severe depression and PTSD.",
        "{He} is suicidal.",
    ],
    "child_separation": [
        "ICE took our daughter away from me at the border and I don't know where she is.",
        "{His} son was taken from {him} and placed in foster care.",
        "Our children were separated from us and are in a shelter.",
        "CPS took {his} kids when {he} was arrested and will not let {him} see them.",
        "{His} baby was taken away when {he} was detained.",
        "They separated {him} from {his} two-year-old at the border.",
    ],
}

SAFETY_DISTRACT = [
    "{He} has never been abused or harmed in detention.",
    "The denial was an abuse of discretion.",
    "{He} completed a substance abuse program in {YEAR}.",
    "{He} fled gang violence in {his} home country.",
    "{His} children miss {him} very much.",
    "{He} is safe and healthy, thank God.",
    "{He} had a panic attack before the hearing but is fine now.",
    "{His} kids live with their grandmother while {he} works.",
    "{He} takes medicine for high blood pressure and receives it.",
]

FILLER = [
    "{He} has lived in the United States for {YEARS} years and has no criminal record.",
    "{He} is the main provider for {his} family.",
    "{He} has three US citizen children, ages {AGE}, 9 and 12.",
    "{He} works in construction and pays taxes every year.",
    "{His} wife is pregnant and due in {MONTH}.",
    "{He} attends church every Sunday and volunteers at the food bank.",
    "{He} has a pending I-130 filed by {his} US citizen spouse.",
    "{He} has complied with every check-in at the {OFFICE} office.",
    "Letters of support from {his} employer and pastor are attached.",
    "{He} is currently detained at {FAC}.",
    "{His} removal is scheduled for {DATE}.",
    "{He} was arrested by ICE on {DATE} outside {his} home.",
    "The G-28 is attached.",
    "A signed Form I-60-001 is enclosed.",
    "My phone number is {PHONE} and my email is {EMAIL}.",
    "You can reach me at {PHONE}.",
    "{He} has a final order of removal from {YEAR}.",
    "Attached please find the supporting documents.",
]

CLOSE = ["Sincerely,\n{W}", "Respectfully,\n{W}\nAttorney at Law\n{PHONE}", "Thank you,\n{W}",
         "Thanks\n{W}", "Best regards,\n{W}\n{ORG}", "God bless,\n{W}", "{W}\n{EMAIL}",
         "Thank you for your time.\n\n{W}, Esq.\nBar No. 5{YEAR}", "Regards, {W}"]

NOT_REQUEST = [
    "Subject: Spring CLE webinar\n\nJoin our webinar on immigration law updates next Tuesday. Register now at example.org.",
    "What are the office hours of the Senior Reviewing Official? I am a student writing a paper.",
    "Hi, I would like to unsubscribe from this list.",
    "Congratulations! You have been selected for a free cruise. Click here to claim your prize.",
    "Is this the right address to send a FOIA request? I don't have a case, I'm just asking.",
    "Our company offers translation services for law offices at competitive rates. Call {PHONE}.",
    "Please update your records: our firm has moved to a new office downtown.",
    "I am a journalist and would like to interview someone about the case review process.",
    "Thank you for the information you sent last week. Have a good day.",
    "Test message, please ignore.",
    "Invitation: community meeting about know-your-rights trainings on Saturday.",
    "Can you tell me how long the process usually takes? I do not have a case, just curious.",
]
