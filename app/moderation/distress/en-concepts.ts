import { near, rule, type DistressRule } from "./types";

// Concept rules written after a blind batch of unseen wording (decision 012): each one names an idea
// (a place or means of dying, finality, tidying one's affairs, being in the way, not caring whether one
// lives) rather than a phrase, so that other wordings of the same idea are met. Weak ideas weigh 0.5 and
// need a second one anywhere in the post.

const NOT_MINE =
  "he|she|they|we|you|him|her|them|his|their|patient|patients|not|never|nobody|someone|who|colleague|friend|son|daughter|husband|wife|partner|mum|dad|baby|child|but|unless";
/** Places and means people are drawn to when they think of dying. */
const MEANS =
  "(?:the |that |a )?(?:bridge|viaduct|cliffs|level crossing|railway(?: line)?|train tracks|tracks|platform edge|cliff(?: edge)?|ledge|roof(?:top)?|multi storey|rope|ligature|pills|tablets|meds|paracetamol|razor|blade|river|motorway|oncoming traffic|drug cupboard|medicine cupboard|meds cabinet|drugs cupboard)";
const DRAWN =
  "keep thinking about|keep thinking of|(?:thinking|thought|think) (?:a lot |so much |constantly )?(?:about|of)|picturing|imagining|drawn to|pulled towards|(?:stare|stared|staring|look|looked|looking) (?:at|down at)|waited for|waiting for";
/** Being at such a place is weaker: people watch fireworks from bridges. */
const AT_PLACE =
  "(?:parked|sat|stood|standing|sitting|lingered|lingering|went|drove|walked|drive|driving|walk|walking|lie|lying|lay) (?:down )?(?:by|at|near|on|beside|over|past|to|up to)";
/** Getting one's affairs in order: harmless alone, a signal with another. */
const TIDY =
  "(?:sorted|sorting|sort|organised|organising|organized|organizing|updated|updating|made|making|wrote|written|writing|left|leaving|finished|finishing)(?: out)?";
const AFFAIRS = "(?:my )?(?:will|passwords|affairs|life insurance|funeral|pension|bank details|accounts)";
const STOP_CARING = "(?:stopped|stop|do not|no longer|can not) (?:really )?(?:care|caring)";

export const ENGLISH_CONCEPTS: DistressRule[] = [
  rule("plan", 1, near(DRAWN, MEANS, 4, NOT_MINE), {
    unless: /^ (?:closure|closed|works|roadworks|timetable|was|is|to work|to get|home|delays?|strike|repairs)\b/,
  }),
  rule("plan", 0.5, near(AT_PLACE, MEANS, 3, NOT_MINE)),
  rule("plan", 0.5, near(TIDY, AFFAIRS, 4, NOT_MINE)),
  rule(
    "plan",
    0.5,
    "(?:tied|tying|tie) up (?:the |all the |my |any )?loose ends|(?:made|making) sure (?:the |my )?(?:dog|cat|kids|children|pets?|plants) (?:will be|are|is|get) (?:looked after|cared for|taken care of|fed)|cancelled everything|(?:will not|do not|would not) need (?:it|them|any of it)(?: any ?more)?$|(?:get|gets|got|would get) (?:the |my )?(?:life )?insurance|where my (?:documents|papers|passwords|will|keys|accounts) (?:are|is)|^(?:i am )?(?:ready|at peace with (?:it|that|this))$|(?:(?:stood|sat|stayed|waited) there|waited) (?:for )?(?:a long time|ages|hours|a while|too long)",
    { self: true },
  ),
  rule(
    "plan",
    1,
    "(?:got|have|had|with|keep) (?:the |my |all my |some |enough )?(?:pills|tablets|meds|rope|blade|razor) (?:ready|lined up|out|counted|saved|hidden|waiting)",
    { self: true },
  ),
  rule(
    "plan",
    0.5,
    "(?:want|wanted|need|needed) (?:things|everything|it all) (?:tidy|sorted|in order|done properly)|longer than i should (?:have)?|just in case",
    { self: true },
  ),
  rule(
    "goodbye",
    0.5,
    "(?:written|wrote|writing|left|leaving) (?:letters|a letter|notes|a note|cards) (?:to|for) (?:my|each of my|all my) (?:kids|children|family|partner|husband|wife|parents|mum|dad|friends|loved ones|girls|boys)|^(?:i am )?(?:so )?sorry for everything|take care of each other|look after yourselves",
  ),
  rule("passive_ideation", 1, `${STOP_CARING} (?:whether|if) i (?:live|die|wake up|make it|am alive|survive)|(?:whether|if) i live or die`, {
    negatable: false,
    self: true,
  }),
  rule(
    "passive_ideation",
    1,
    "(?:hope|hoping|hopes|wish|wishing|pray|praying) (?:i|that i) (?:do not|will not|would not|never|did not) (?:make it|get) (?:home|back|through|to (?:the )?(?:morning|tomorrow|christmas))|(?:can not|do not) see myself (?:still )?(?:being )?(?:here|alive|around|making it) (?:by|at|for|until|in|to|next)|(?:can not|do not) see myself (?:still )?(?:being )?(?:here|alive|around)$",
    { negatable: false },
  ),
  rule(
    "passive_ideation",
    1,
    "(?:wish|wished|want|wanted|need|needed|long|longing) (?:i could |to )?(?:just |simply )?(?:stop being|not be|cease being)(?: here| alive| me)?$|(?:tired|exhausted|weary|sick) of (?:being(?: here| alive| me| around)?$|existing|breathing|being me|being alive)|(?:the|some|a) (?:ambulance|car|bus|lorry|truck|train) (?:i am (?:driving|in) )?(?:would |could )?(?:just )?(?:get|gets|be) hit",
  ),
  rule(
    "passive_ideation",
    1,
    "(?:what is|what s|is there) (?:even )?the point (?:of|in) (?:any of (?:it|this)|anything|it all|all (?:of )?(?:it|this)|living|life|going on|carrying on|trying|me|being here)|(?:what is|what s) (?:even )?the point (?:any ?more|any longer)$",
    { negatable: false },
  ),
  // "I'm done." alone is the writer at an end; "I'm done. Done with this trust" is about a job.
  rule(
    "passive_ideation",
    1,
    "^(?:i am |i m )?(?:so |really |just |completely |totally )?done(?: this time| with (?:it all|everything|all of it|this life))?$|(?:really|truly|finally) done this time",
    { negatable: false, cancelledBy: /\bdone with (?:this|the|my|these|those|that|all the|work|nights|shifts) (?!life\b|world\b)/ },
  ),
  rule(
    "not_coping",
    1,
    "(?:reached|reaching|at|come to|hit) the end of (?:the road|the line|my rope)|(?:do not|no longer) know how to (?:keep going|go on|carry on|hold on|cope|keep living|survive|be alive)(?: any ?more| any longer|$)|falling apart(?: completely)?$",
    { negatable: false },
  ),
  rule(
    "hopelessness",
    0.5,
    "nothing left (?:of me|in me)|no (?:fight|strength|hope) left|(?:just )?a (?:shell|ghost)|breaking point|(?:i am |i m )?(?:sinking|drowning)$|(?:i am|im|i m) (?:so )?(?:finished|broken)$|(?:there is )?nothing else$|everything is (?:grey|black|dark|pointless)",
  ),
  rule(
    "goodbye",
    0.5,
    "(?:started|been|keep|am|begun) saying (?:my )?goodbyes?|(?:wrote|written|writing|left) (?:my |a |to my )?(?:\\w+ ){0,3}(?:letter|letters|note) (?:explaining|to say|saying)|(?:this|it) (?:is|will be|might be|may be|could be) my (?:last|final) (?:post|message|time here)|(?:thank you|thanks) for (?:being|having been) (?:so )?(?:kind|good|there) (?:to|for) me",
    { self: true },
  ),
  rule(
    "passive_ideation",
    1,
    "(?:hoping|hope|pray|praying|wish|wishing) (?:that )?my heart (?:just |would )?(?:stops?|gives out)|(?:hope|hoping|wish) i (?:get|got|catch|develop) (?:something )?(?:fatal|terminal|a fatal|cancer)|(?:do not|did not) want to be (?:rescued|saved|found|resuscitated)|(?:waiting|wait|waited) for (?:it all|everything|it|my life) to (?:be over|end|stop)|(?:do not|can not) see myself (?:getting|growing) old|(?:less trouble|better off|easier|happier|simpler) (?:for everyone )?(?:dead|gone)$|(?:doing|do) (?:everyone|them|the world|my family) a favou?r by (?:disappearing|dying|going|leaving|not being here)|why i should (?:stay alive|live|go on|keep going|be here)|nothing (?:left )?(?:for me )?to (?:\\w+ or )?live for|(?:if|when) i (?:crashed|crash|died|went)(?: \\w+){0,8} (?:solve|fix|end) (?:a lot|everything|it all|all (?:of )?this)|the only way (?:this |the |my )?(?:pain )?(?:ends|stops) is (?:if|when) i (?:end|die|go|stop)|i want it (?:all )?over$|(?:will not|am not going to|will never) be (?:here|around|alive) (?:for|to see|at) (?:my |her |his |their |the |our )?(?:\\w+ ){0,2}(?:birthday|christmas|wedding|graduation|anniversary|exams?)",
    { negatable: false, unless: /^ (?:because|as i|since|i am (?:working|away|on))\b/ },
  ),
  // Finality wished for: "want everything to go quiet, forever", "sleep and stay asleep".
  rule(
    "passive_ideation",
    1,
    near(
      "want|wanted|wish|wishing|need|long|longing|hope|pray",
      "forever|for ever|for good|permanently|and stay asleep|stay asleep|never come back",
      7,
      NOT_MINE,
    ),
    { unless: /^ (?:from|at|in|on|to) (?:the|this|my|our|work)\b/ },
  ),
  rule(
    "passive_ideation",
    1,
    "(?:what is|what s|is there) (?:even )?the point (?:of|in) (?:waking|getting) up|(?:do not|no longer) (?:want|wish) to (?:continue|go on)$|can not (?:face|bear) (?:going on|continuing|another day|tomorrow)|(?:can not|do not want to) be here (?:any ?more|at all|any longer)|(?:dying|death|being dead|suicide|ending it) (?:feels|seems|looks) like (?:the )?(?:only|best|right|easiest|kindest|honest)",
    { negatable: false },
  ),
  rule("passive_ideation", 0.5, "let it (?:happen|all go|end)$|(?:counting|count) down(?:,? not sure to what|$)", { self: true }),
  rule(
    "burden",
    1,
    "(?:will not|am not going to) be (?:a problem|a burden|a bother|in (?:the|your|anyone s|their) way|any trouble) (?:for|to) (?:anyone|you|them|everyone|anybody) (?:much )?longer|(?:will not|am not going to) be (?:a problem|a burden|a bother) (?:much |for much )?longer",
    { self: true, negatable: false },
  ),
  rule(
    "plan",
    1,
    "(?:know|knew|worked out|looked up|calculated) (?:exactly )?(?:what|which|how much|how many) (?:dose|amount|tablets|pills|units)(?: \\w+){0,3} (?:would do it|would be enough|it would take|to (?:die|end it))",
    { self: true },
  ),
  rule("self_harm", 1, "(?:^|i )(?:cut|burned|burnt|scratched|hurt myself) (?:again|deeper)(?! (?:on|with|by|at))", { self: true }),
  rule("not_coping", 1, "(?:do not|no longer) have it in me to (?:keep|go|carry|fight|continue|get through)", { negatable: false }),
  rule("hopelessness", 1, "(?:there is|there is really|i have|i see) no (?:future|way forward|life|hope) (?:for me|left for me|left)|no future for me"),
  rule(
    "burden",
    1,
    "(?:only|just|simply) taking up space|waste of (?:a )?(?:space|oxygen|air|person|life|skin)|(?:would be|be) (?:better off|happier|fine|okay) with (?:someone|somebody) else|(?:someone|somebody) else as their (?:mum|dad|mother|father|parent)|(?:deserve|deserves|deserved) (?:so much )?(?:better|more) than me|(?:a )?better (?:place|world)(?: \\w+){0,2} without me|without me in it|(?:dragging|drag|pulling) (?:them|everyone|everybody|the team|my family) down",
    { self: true },
  ),
  rule("burden", 0.5, "(?:they|everyone|my (?:family|kids|children|partner|husband|wife)) (?:would|will) be (?:fine|okay|ok|alright|all right)$", {
    self: true,
  }),
  rule(
    "self_harm",
    1,
    "(?:hurt|cut|burnt|burned|hit|scratched|scratching|cutting|hurting) (?:myself|my (?:arms|wrists|legs|thighs|skin))(?: \\w+){0,3} (?:so (?:i|that i) (?:could|can|would)|to feel|to (?:get|make) (?:through|it stop)|on purpose|deliberately)|(?:started|starting|start) (?:cutting|hurting|harming|burning) (?:again|myself)|(?:scratching|cutting|scratched|cut) (?:my )?(?:arms|wrists|legs|thighs|skin) with (?:a |the )?(?:blade|razor|knife|glass)",
    { self: true },
  ),
];
