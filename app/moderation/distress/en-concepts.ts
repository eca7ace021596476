import { near, rule, type DistressRule } from "./types";

// Concept rules written after a blind batch of unseen wording (decision 006): each one names an idea
// (a place or means of dying, finality, tidying one's affairs, being in the way, not caring whether one
// lives) rather than a phrase, so that other wordings of the same idea are met. Weak ideas weigh 0.5 and
// need a second one anywhere in the post.

const NOT_MINE = "he|she|they|we|you|him|her|them|his|their|patient|patients|not|never|nobody|someone|who|colleague|friend|son|daughter|husband|wife|partner|mum|dad|baby|child|but|unless";
/** Places and means people are drawn to when they think of dying. */
const MEANS = "(?:the |that |a )?(?:bridge|level crossing|railway(?: line)?|train tracks|tracks|platform edge|cliff(?: edge)?|ledge|roof(?:top)?|multi storey|rope|ligature|pills|tablets|meds|paracetamol|razor|blade|river|motorway|oncoming traffic)";
const DRAWN = "keep thinking about|keep thinking of|(?:thinking|thought|think) (?:a lot |so much |constantly )?(?:about|of)|picturing|imagining|drawn to|pulled towards|(?:stare|stared|staring|look|looked|looking) (?:at|down at)|waited for|waiting for|(?:parked|sat|stood|standing|sitting|lingered|lingering) (?:by|at|near|on|beside)";
/** Getting one's affairs in order: harmless alone, a signal with another. */
const TIDY = "(?:sorted|sorting|sort|organised|organising|organized|organizing|updated|updating|made|making|wrote|written|writing|left|leaving|finished|finishing)(?: out)?";
const AFFAIRS = "(?:my )?(?:will|passwords|affairs|life insurance|funeral|pension|bank details|accounts)";
const STOP_CARING = "(?:stopped|stop|do not|no longer|can not) (?:really )?(?:care|caring)";

export const ENGLISH_CONCEPTS: DistressRule[] = [
  rule("plan", 1, near(DRAWN, MEANS, 4, NOT_MINE), { unless: /^ (?:closure|closed|works|roadworks|timetable|was|is|to work|to get|home|delays?|strike|repairs)\b/ }),
  rule("plan", 0.5, near(TIDY, AFFAIRS, 4, NOT_MINE)),
  rule("plan", 0.5, "(?:want|wanted|need|needed) (?:things|everything|it all) (?:tidy|sorted|in order|done properly)|longer than i should (?:have)?|just in case"),
  rule("goodbye", 0.5, "(?:written|wrote|writing|left|leaving) (?:letters|a letter|notes|a note|cards) (?:to|for) (?:my|each of my|all my) (?:kids|children|family|partner|husband|wife|parents|mum|dad|friends|loved ones|girls|boys)|^(?:i am )?(?:so )?sorry for everything|take care of each other|look after yourselves"),
  rule("passive_ideation", 1, `${STOP_CARING} (?:whether|if) i (?:live|die|wake up|make it|am alive|survive)|(?:whether|if) i live or die`, { negatable: false, self: true }),
  rule("passive_ideation", 1, "(?:hope|hoping|hopes|wish|wishing|pray|praying) (?:i|that i) (?:do not|will not|would not|never|did not) (?:make it|get) (?:home|back|through|to (?:the )?(?:morning|tomorrow|christmas))|(?:can not|do not) see myself (?:still )?(?:being )?(?:here|alive|around|making it) (?:by|at|for|until|in|to|next)|(?:can not|do not) see myself (?:still )?(?:being )?(?:here|alive|around)$", { negatable: false }),
  rule("passive_ideation", 1, "(?:wish|wished|want|wanted|need|needed|long|longing) (?:i could |to )?(?:just |simply )?(?:stop being|not be|cease being)(?: here| alive| me)?$|(?:tired|exhausted|weary|sick) of (?:being(?: here| alive| me| around)?$|existing|breathing|being me|being alive)|(?:the|some|a) (?:ambulance|car|bus|lorry|truck|train) (?:i am (?:driving|in) )?(?:would |could )?(?:just )?(?:get|gets|be) hit"),
  rule("passive_ideation", 1, "(?:what is|what s|is there) (?:even )?the point (?:of|in) (?:any of (?:it|this)|anything|it all|all (?:of )?(?:it|this)|living|life|going on|carrying on|trying|me|being here)|(?:what is|what s) (?:even )?the point (?:any ?more|any longer)$", { negatable: false }),
  // "I'm done." alone is the writer at an end; "I'm done. Done with this trust" is about a job.
  rule("passive_ideation", 1, "^(?:i am |i m )?(?:so |really |just |completely |totally )?done(?: this time| with (?:it all|everything|all of it|this life))?$|(?:really|truly|finally) done this time", { negatable: false, cancelledBy: /\bdone with (?:this|the|my|these|those|that|all the|work|nights|shifts) (?!life\b|world\b)/ }),
  rule("not_coping", 1, "(?:reached|reaching|at|come to|hit) the end of (?:the road|the line|my rope)|(?:do not|no longer) know how to (?:keep going|go on|carry on|hold on|cope|keep living|survive|be alive)(?: any ?more| any longer|$)|falling apart(?: completely)?$", { negatable: false }),
  rule("hopelessness", 1, "(?:there is|there is really|i have|i see) no (?:future|way forward|life|hope) (?:for me|left for me|left)|no future for me"),
  rule("burden", 1, "(?:only|just|simply) taking up space|waste of (?:space|oxygen|air)|(?:deserve|deserves|deserved) (?:so much )?(?:better|more) than me|(?:a )?better (?:place|world)(?: \\w+){0,2} without me|without me in it|(?:dragging|drag|pulling) (?:them|everyone|everybody|the team|my family) down", { self: true }),
  rule("self_harm", 1, "(?:hurt|cut|burnt|burned|hit|scratched|scratching|cutting|hurting) (?:myself|my (?:arms|wrists|legs|thighs|skin))(?: \\w+){0,3} (?:so (?:i|that i) (?:could|can|would)|to feel|to (?:get|make) (?:through|it stop)|on purpose|deliberately)|(?:started|starting|start) (?:cutting|hurting|harming|burning) (?:again|myself)|(?:scratching|cutting|scratched|cut) (?:my )?(?:arms|wrists|legs|thighs|skin) with (?:a |the )?(?:blade|razor|knife|glass)", { self: true }),
];
