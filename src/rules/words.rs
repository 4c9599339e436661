//! Word lists the style rules use, from the GOV.UK content style guide (see domain.md): data,
//! kept apart from the rules that read them.

use crate::list::List;

/// Words and phrases to avoid, each with a plainer choice. Lower case; phrases match whole words.
/// An entry that is its own choice ("section 47") is written right in lower case and marked only
/// with a capital inside a sentence.
pub const TO_AVOID: List = List(
    "advance=improve or move forward|\
     agenda=plan|\
     collaborate=work with|\
     combat=solve or fix|\
     commit=plan to or promise|\
     counter=prevent|\
     deliver=make, create or provide|\
     deploy=use or put into place|\
     dialogue=discussion|\
     disincentivise=discourage|\
     empower=allow or give permission|\
     facilitate=help or make possible|\
     focus=work on or concentrate on|\
     foster=encourage (keep it only for fostering children)|\
     going forward=from now on|\
     impact=effect or influence|\
     in order to=to|\
     incentivise=encourage|\
     initiate=start|\
     key=important or main|\
     land=get or achieve|\
     leverage=use or influence|\
     liaise=work with|\
     one-stop shop=a single place|\
     overarching=overall|\
     progress=move forward or develop (as a verb)|\
     promote=recommend or support|\
     ring fencing=protecting or separating|\
     robust=strong or reliable|\
     s 17=section 17|\
     s 20=section 20|\
     s 47=section 47|\
     s17=section 17|\
     s20=section 20|\
     s47=section 47|\
     section 17=section 17|\
     section 20=section 20|\
     section 47=section 47|\
     slim down=reduce|\
     streamline=simplify|\
     strengthening=making stronger|\
     tackle=solve or deal with|\
     transform=change|\
     utilise=use",
);

/// Latin abbreviations, with the plain words to use instead (none when the sentence needs
/// rewording rather than a swap).
pub const LATIN: List = List(
    "eg=for example|\
     e.g.=for example|\
     ie=that is|\
     i.e.=that is|\
     etc=|\
     etc.=",
);

/// Negative contractions and their full forms.
pub const NEGATIVE_CONTRACTIONS: List = List(
    "aren't=are not|\
     can't=cannot|\
     couldn't=could not|\
     didn't=did not|\
     doesn't=does not|\
     don't=do not|\
     hadn't=had not|\
     hasn't=has not|\
     haven't=have not|\
     isn't=is not|\
     mightn't=might not|\
     mustn't=must not|\
     needn't=need not|\
     shan't=shall not|\
     shouldn't=should not|\
     wasn't=was not|\
     weren't=were not|\
     won't=will not|\
     wouldn't=would not",
);

/// Sentences longer than this many words get a warning.
pub const MAX_SENTENCE_WORDS: usize = 25;

/// Common given names in England and Wales (ONS lists of recent decades), for finding a child's
/// name in a finding, and the commonest of their parents' generation (born 1965–1990: a
/// parent's name gives the child away as surely). Names that are also everyday words, months or
/// street names (Will, May, Grace, Hope, Mark, Dawn, April, June, Rose, Victoria…) are left out:
/// they would fire on ordinary sentences.
pub const GIVEN_NAMES: List = List(
    "Aaliyah|Aaron|Abigail|Adam|Aiden|Alex|Alexander|Alfie|Alice|Amber|Amelia|Amy|Andrew|Anna|\
     Archie|Arthur|Ava|Bella|Ben|Benjamin|Bethany|Bobby|Brandon|Caitlin|Callum|Cameron|Carl|\
     Charlie|Charlotte|Chloe|Christopher|Claire|Connor|Courtney|Craig|Daisy|Daniel|Darren|David|\
     Donna|Dylan|Eleanor|Elijah|Eliza|Ella|Ellie|Emily|Emma|Ethan|Evie|Finley|Freddie|Freya|\
     Gabriel|Gary|Gemma|George|Georgia|Hannah|Harley|Harrison|Harry|Harvey|Hayden|Helen|Holly|\
     Ian|Imogen|Isaac|Isabel|Isabella|Isabelle|Isla|Ivy|Jack|Jacob|Jade|Jake|James|Jamie|Jane|\
     Jasmine|Jason|Jayden|Jessica|Joanne|Joe|Joel|John|Jordan|Joseph|Joshua|Julie|Kai|Karen|\
     Katie|Kayla|Kelly|Kevin|Kieran|Kyle|Lacey|Laura|Lauren|Leah|Leo|Lewis|Liam|Lily|Lisa|Logan|\
     Louis|Louise|Lucas|Lucy|Luke|Maisie|Martin|Mason|Matilda|Matthew|Max|Megan|Mia|Michael|\
     Michelle|Millie|Mohammed|Muhammad|Nathan|Neil|Niamh|Nicola|Noah|Oliver|Olivia|Oscar|Owen|\
     Paige|Paul|Peter|Phoebe|Poppy|Rachel|Rebecca|Reece|Rhys|Richard|Riley|Robert|Rosie|Ruby|\
     Ryan|Samantha|Samuel|Sarah|Scarlett|Sean|Shannon|Sharon|Sienna|Simon|Sophia|Sophie|Stanley|\
     Stephen|Steven|Stuart|Summer|Susan|Thomas|Toby|Tom|Tommy|Tracey|Tyler|Wayne|William|Zach|\
     Zara|Zoe",
);

/// Words for a relative or a carer: "Tom's mother" ties a name to a family.
pub const RELATIONS: List = List(
    "aunt|brother|carer|carers|cousin|dad|father|foster|grandfather|grandmother|mother|mum|nan|\
     parent|parents|sibling|siblings|sister|stepfather|stepmother|uncle",
);

/// Titles that come before a surname.
pub const NAME_TITLES: List = List("Mr|Mrs|Ms|Miss|Master|Mx|Dr");

/// Last words of street names.
pub const STREET_WORDS: List = List(
    "Ave|Avenue|Close|Court|Crescent|Drive|Gardens|Grove|Lane|Mews|Parade|Place|Rd|Road|Row|Square|\
     St|Street|Terrace|Walk|Way",
);

/// Small numbers in words, for ages written out ("a fourteen-year-old").
pub const NUMBER_WORDS: List = List(
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|\
     sixteen|seventeen|eighteen",
);

/// Months as they are shortened ("3 Sept"), for finding exact dates.
pub const SHORT_MONTHS: List = List("jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec");

/// The words a school or a placement's name ends with (the lexicon tags them): "School",
/// "Academy", "College", "Nursery", a children's "Home", a pupil referral or secure "Unit", a
/// young offender "Institution".
pub const PLACE_WORDS: List = List("school|academy|college|nursery|home|unit|institution");

/// The capitalised words that can come before a school's or a placement's last word, in three
/// groups ended by `=`: words a sentence opens with or that are never part of a name ("At",
/// "The", "was"; after a place word in lower case they say that it ends a name);
/// words that say what kind of place it is, not which ("Primary", "Pupil Referral",
/// "Children's"); words that make it the council's own service ("the Virtual School"). Any
/// other capitalised word is a name. Possessives are looked up without their "'s".
pub const BEFORE_PLACE: List = List(
    "the|a|an|this|each|every|one|no|all|most|some|at|in|from|to|by|with|for|on|of|and|\
     is|was|are|were|has|had|last|=|\
     primary|infant|junior|secondary|high|grammar|special|catholic|church|pupil|referral|\
     children|residential|care|secure|nursery|day|independent|sixth|form|further|education|\
     young|offender|=|\
     virtual|local|authority|council|county|borough|city",
);

/// Words for groups few children belong to, for finding a small count of them ("two Traveller
/// children"): Gypsy, Roma and Traveller families, children seeking asylum or trafficked,
/// disabled children, and privately fostered ones.
pub const SMALL_GROUPS: List = List(
    "traveller|travellers|gypsy|gypsies|roma|asylum|asylum-seeking|refugee|refugees|\
     unaccompanied|trafficked|disabled|disability|disabilities|deaf|blind|autistic|autism|\
     transgender|pregnant|privately",
);

/// Words for the people a small count counts ("two young people", "one family"), besides those
/// the lexicon knows as a child or a relative ("child", "mother").
pub const FEW_PEOPLE: List = List(
    "children|boys|girls|babies|teenagers|young|person|people|family|families|household|\
     households|pupil|pupils",
);

/// Words after a word for a child, a family or a case that make it part of the name of a
/// worker, a team or a place ("one family support worker", "one child protection team", "one
/// case load", "one children's home", "one case audit", "two Roma family support workers"; "one
/// child protection plan" is left alone with them).
pub const NOT_A_CHILD: List = List(
    "protection|support|worker|workers|centre|centres|team|teams|load|loads|manager|managers|court|\
     home|homes|audit|audits",
);

/// Words that introduce a case, file or reference number ("case 123", "ref: AB12").
pub const REFERENCE_LEADS: List = List("case|file|reference|ref|record|id|number|no|referral");
