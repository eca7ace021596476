import { normaliseEnglish } from "./normalise";
import { ORDINARY_EVENTS } from "./arrangements";
import { ENGLISH_CONCEPTS } from "./en-concepts";
import { ENGLISH_ENDINGS } from "./endings";
import { near, rule, words, type DistressLanguage } from "./types";

// Reviewed with peer supporters. Patterns are written once over the canonical form ("can not", "do not",
// "any more" or "anymore"); who the clause is about, negation and resolved past are handled in ./context.ts,
// so patterns say what is meant, not every way to type it. Err towards care: a false alert costs a kind
// check-in, a missed one costs more.

const ANYMORE = "(?:any ?more|any longer|no more|(?:for )?much longer)";
const INTENT =
  "(?:want|wanted|wants|wanting|wish|wished|wishing|would like|need|needed|longing|ready|going|planning|plan|tempted|try|trying|tried|decided|deciding|meant|mean|about)";
const DIE =
  "(?:die|be dead|kill myself|end (?:my life|it all|it|things|everything)|take my (?:own )?life|commit suicide|not exist|not be alive|not be here|stop (?:living|existing|breathing)|not live)";
const ENDING =
  "(?:suicide|killing myself|ending (?:it all|it|things|everything|my life)|taking my (?:own )?life|dying|death|not being (?:here|alive|around)|being dead|not waking up|not existing|self harm|hurting myself|overdos(?:e|ing)|jumping)";
const IDIOM_DIE = /^ (?:of|from|laughing|for|inside|a little|happy|trying)\b/;
const WITH_SOMEONE = /^ (?:with|between|for (?:the|our|my) (?:team|ward|service|project))\b/;
const AT_WORK = /^ (?:at|in|on) (?:this|the|work|my) (?:job|ward|unit|hospital|trust|team|shift|rota|place)\b/;
const OTHERS_DO = /^ (?:patients?|clients?|people|colleagues?|ideation in|behaviou?rs? in|risk|prevention|awareness|training|assessment)\b/;

// Concepts, combined by `near` so that new wordings of the same thought are still met.
const NOT_MINE =
  "he|she|they|we|you|him|her|them|his|their|patient|patients|not|never|nobody|someone|anyone|who|colleague|friend|son|daughter|husband|wife|partner|mum|dad|mother|father|baby|child|kids|but|unless";
const SELF_DEATH =
  "(?:going|go|slip|slipping) under and (?:staying|stay|not coming up)|not coming (?:back )?up|die(?! than| of| laughing| for| inside)|my (?:own )?funeral|dying(?! (?:patients?|people|man|woman|baby|child|mother|father|relatives?|of|for|to|laughing))|(?:been )?me (?:who|that) (?:had )?died|(?:never|not) (?:have )?been born|never get up(?: again)?|not get up again|(?:not|never) (?:to )?(?:have to |need to )?(?:wake|woke|woken|waking) up|not be anywhere(?: at all)?|not be here any ?more|(?:stepping|step|stepped|jump|jumping|falling|fall|walk|walking) (?:forward|off|out|in)(?! of)|walking into the (?:sea|river|water)|not coming back|be dead|was dead|were dead|not (?:to )?(?:be )?(?:here|alive|around)|not (?:to )?exist|not existing|stop existing|cease to exist|not (?:to )?wake up|never wake up|not waking up|it (?:would |will |could )?(?:all )?(?:to )?be over|all be over|be gone|gone for good|disappear (?:forever|for good|and never come back)|ended it|end it|ending it|kill myself|killing myself|my life (?:to )?end|hit by (?:a|the) (?:bus|car|lorry|truck|train)|(?:swerv|crash|driv|steer)\\w* (?:into|off)|crash\\w* (?:the|my) car|(?:fall )?asleep forever|(?:into|in front of) (?:oncoming )?(?:traffic|a (?:bus|train|lorry|truck))|(?:sleep|slept) forever|the end of me|not see (?:tomorrow|the morning)|leave this world";
const DESIRE =
  "wonder|wondering|wondered|want|wants|wanted|wanting|wish|wishes|wished|wishing|hope|hopes|hoping|hoped|pray|prays|praying|prayed|long|longing|crave|craving|would be (?:a )?(?:relief|easier|simpler|better|nice|peaceful|blessing|kinder)|(?:would|will|do) not (?:even |really )?(?:mind|care)|would welcome|tempt\\w*|think(?:ing)? about|thought about|keep thinking|fantasi\\w*|dream\\w* (?:about|of)|relief|comforting|easier|simpler|ready|how easy it would be|easy it would be|should|ought to|rather|prefer|peaceful|appealing|tempting|imagin\\w*|picturing|relieved|all i (?:can )?think about is";
const INABILITY =
  "(?:do not|can not) see how i (?:can|could|will)|not (?:strong|brave|well) enough to|(?:there is )?no way i (?:can|could)|can not|could not|unable to|not able to|no longer able to|can no longer|(?:do not|not) know (?:how|if|whether) (?:much longer |long )?i (?:can|could|will be able to)|not sure (?:how|if|whether) (?:much longer |long )?i (?:can|could)|how (?:much )?longer (?:can i|i can)|struggling to|do not have (?:it in me|the strength|the energy) to|no (?:strength|energy|will) (?:left )?to|have nothing left to";
const CONTINUE =
  "(?:keep living|keep doing (?:this|it)|do (?:this |it )?life|carry (?:this|it|on)|bear (?:this|it)|take (?:this|it)|get(?:ting)? through (?:this|it|the (?:night|day|week|weekend)|tonight|another day)|see myself (?:getting|get|making it) through (?:this|it)|go on|keep going|carry on|continue|cope|keep on|hold on|hang on|survive|function|keep fighting|fight|pretend|keep my head above water)(?=$| after (?:this|that|what|everything)| another (?:day|night|week|shift|month)| (?:this|the) (?:week|night|day)| much more| like this| any ?more| any longer| much longer| for much longer| (?:with|without) (?:life|this(?=$| any| like| at| i | and)|it|everything|anything|any of (?:it|this))| (?:today|tonight|tomorrow|at all|on my own|alone)| and | i )";
// "I can't go on pretending…", "can't keep working nights": about the activity, not about going on.
const ACTIVITY =
  /^ (?:(?!living|existing|breathing|fighting|trying|being alive|being here)\w+ing|back|to (?:work|the|that|this|meetings)|into|there|home|in circles|round|around|over and)\b/;
const MUNDANE =
  /^.*\b(?:management|managers?|escalate|union|complaints? process|parking|rotas?|staffing|software|system|printer|traffic jams?|meetings?|paperwork|forms|it department|computer|wifi|commute|builders|roadworks|canteen|coffee|weather|heat|admin|emails?|course|exams?|revalidation|audit|project|renovation|diet|laptop|phone|battery|printer|machine|equipment|kit|essay|assignment|dissertation|placement paperwork|car)\b/;

/** A move, a new post or a retirement: what explains a goodbye to the group. */
const MOVING_ON =
  /\b(?:mov(?:e|es|ed|ing) (?:to|home|back|house|abroad|overseas|interstate|across)|relocat\w*|emigrat\w*|new (?:job|role|post|trust|team|position)|retir\w*|leaving do|starting (?:at|in) (?:a |the )?\w+)\b/;

export const ENGLISH: DistressLanguage = {
  language: "en",
  normalise: normaliseEnglish,
  rules: [
    // Ideation: wanting to die, to kill oneself, suicidal thoughts.
    rule("ideation", 1, `${INTENT} to (?:just |simply |really )?${DIE}`, { unless: new RegExp(`${WITH_SOMEONE.source}|${IDIOM_DIE.source}`) }),
    rule(
      "ideation",
      1,
      "(?:kill|killing|kills|killed) myself|(?:end|ending|ended|take|taking|took) my (?:own )?life|commit(?:ting)? suicide|attempt(?:ed|ing)? suicide|tried suicide",
      { self: true },
    ),
    rule(
      "ideation",
      1,
      `(?:think|thinking|thought|thoughts|dream|dreaming|fantasi[sz]ing|obsessing|considering|considered|contemplating|planning|urges?) (?:a lot |so much |constantly |again |about |of )*${ENDING}`,
      { unless: WITH_SOMEONE },
    ),
    rule(
      "ideation",
      1,
      "suicidal|want(?:ed)? to (?:just |simply |really )?die|wish(?:ed|es)? (?:i could |i would |to )?(?:just |simply |quietly )?die|(?:could|would) (?:just |simply |quietly )?die (?:in my sleep|and no one|tonight|peacefully)|waiting to die|(?:only thing|only reason|only things|all that is|what is) (?:stopping|keeping|holding) me(?: here| back| alive| going| from)?|(?:ways|way) to (?:die|end it|do it|make it look like an accident)|make it look like an accident",
      { unless: new RegExp(`${OTHERS_DO.source}|${IDIOM_DIE.source}`) },
    ),
    rule("ideation", 1, "(?:better|rather) (?:off )?(?:be )?dead|rather (?:just )?die(?! than)"),
    rule(
      "ideation",
      1,
      "i (?:would|will|could|might|am going to|should|may) (?:just |finally |simply )?(?:end (?:it|things|everything|my life)|do it|kill myself|not be here)(?= tonight| soon| this| one day| when|$)|(?:how|when|where) (?:i would|i will|i could|i might|to) (?:end (?:it|things|my life)|do it|kill myself|die)",
      { unless: WITH_SOMEONE },
    ),
    rule("ideation", 1, "(?:end|ending) it all|(?:end|ending) (?:it|things|everything) (?:tonight|today|now|soon|for good)", { unless: WITH_SOMEONE }),
    // Passive ideation: not wanting to be here, wanting it to stop.
    rule(
      "passive_ideation",
      1,
      `(?:not|never|no longer) (?:really |even )?(?:want|wish|care) to (?:live|be alive|be here|exist|wake up|go on|carry on|keep going|be around|face (?:another day|tomorrow|anything)|see tomorrow|do this ${ANYMORE}|be in this world)`,
      { negatable: false, unless: new RegExp(`${AT_WORK.source}|^ (?:early|at \\d|on time|in time|for (?:work|my shift|the))`) },
    ),
    rule(
      "passive_ideation",
      1,
      "wish(?:es|ed|ing)? (?:i|that i) (?:was|were|could be|had been) (?:dead|gone|never born|not born|not here|not alive|asleep forever|not around)|wish(?:ed|es|ing)? (?:i|that i) (?:had )?(?:not|never) (?:been born|existed|woke up|woken up|wake up|survived|made it)|wish(?:ed|es|ing)? (?:i|that i) (?:would|could|did) (?:not|never) (?:wake up|exist|be here)|hop(?:e|es|ed|ing) (?:i|that i) (?:do|will|would|did) (?:not|never) wake up|hop(?:e|es|ed|ing) (?:i|that i) never wake up|hop(?:e|es|ed|ing) not to wake up",
      { negatable: false },
    ),
    rule(
      "passive_ideation",
      1,
      "(?:sleep|go to sleep|fall asleep|close my eyes) and (?:not|never) wake up|sleep forever|never wake up again|not (?:to )?wake up (?:again|tomorrow|ever)",
      { negatable: false },
    ),
    rule(
      "passive_ideation",
      1,
      "(?:want|wanted|wants|wish|need|needed|would like) (?:for )?(?:it all|it|everything|all of it|all this|this all|all of this|the pain|my life|life|the thoughts|the voices|my thoughts|the noise in my head|the hurt) to (?:just |all |simply )?(?:stop|end|be over|go away|finish)|(?:want|wish) it (?:was|were|would be) (?:all )?over|make it (?:all )?stop",
      { unless: /^ (?:[a-z]+ing )?for (?:a|the|one) (?:day|week|bit|moment|minute|second|while|night)\b/ },
    ),
    rule(
      "passive_ideation",
      1,
      "(?:no|any|what is the|is there a|is there any) (?:reason|point) (?:for me )?(?:to|in|of|for) (?:keep |go on |carry on |continue |stay |staying )?(?:be here|live|living|going on|carrying on|being alive|alive|being here|existing|exist|life|me being here|anything any ?more)|nothing (?:left )?to live for|(?:do not|never) deserve to (?:live|be alive|be here|exist)|can not live with (?:what i did|myself|the guilt|this|it)|(?:life|living|this life) (?:is )?(?:not|no longer|never|is not) worth (?:living|it)|not worth living",
      { negatable: false },
    ),
    rule(
      "passive_ideation",
      1,
      `(?:tired|sick|weary|exhausted) of (?:living|being alive|life|existing|waking up)|done with (?:\\w+ ){0,4}(?:life|living|being alive|existing)$|done with (?:it all|everything)$|pretend(?:ing)? (?:that )?i (?:want to|like to|am glad to) (?:be here|be alive|live)|^(?:i )?(?:just |really |honestly )?can not (?:do this |do it |do life )?any ?more$|wak(?:e|ing|es) up (?:\\w+ ){0,5}wish(?:ing|ed)? (?:i|that i) (?:had not|did not)|(?:do not|can not|fail to) see the point (?:${ANYMORE}|of (?:anything|living|going on|life|it all)|in (?:anything|living|going on|it all))|(?:give|giving|given) up on (?:life|living|myself|everything)`,
      { negatable: false },
    ),
    rule(
      "passive_ideation",
      1,
      "(?:want|wanted|wish|wishing|need|needed|longing) to (?:just )?(?:disappear|vanish|fade away|sleep forever|be gone|cease to exist|stop existing|not wake up)",
      { unless: /^ (?:under|into|for (?:a|the|an)|on holiday|off|to (?:a|the|my|bed|somewhere))\b/ },
    ),
    rule("passive_ideation", 1, near(DESIRE, SELF_DEATH, 8, NOT_MINE)),
    rule(
      "passive_ideation",
      1,
      "(?:do not know|wonder|wondering|not sure) why i am still (?:here|alive|around)|why am i still (?:here|alive|around)|what am i still doing here|(?:only|last|one) (?:way out|option|solution|escape|answer) (?:left )?(?:is|would be) (?:to )?(?:die|death|dying|suicide|not be (?:alive|here)|not exist|end it|kill myself|be dead)|(?:should|ought to|might as well|may as well) (?:just )?(?:die|be dead|not be here|not exist|end it|kill myself|not wake up)",
      { negatable: false },
    ),
    rule(
      "passive_ideation",
      1,
      "(?:want|need) out of (?:this )?life|no (?:will|desire|wish|strength|energy) (?:left )?to (?:live|go on|keep going|carry on|be alive)|(?:will not|am not going to) be (?:here|around) for (?:[a-z]+ ){0,4}or any (?:of them|other|more)",
    ),
    rule(
      "passive_ideation",
      0.5,
      "want out$|want out of (?:here|this|life|everything|it all)|(?:sick|tired) of being me|hate being me|(?:not sure|do not think) (?:i will|i am going to|i can) make it (?:through|to) (?:the|this|tonight|tomorrow|next)|(?:will not|am not going to|can not) make it (?:through|to) (?:the (?:night|weekend|week|end of)|tonight|tomorrow)",
    ),
    rule("goodbye", 1, "(?:if|when|once|after) i am (?:gone|dead|not (?:around|here)(?: any ?more)?)", {
      self: true,
      negatable: false,
      unless: /^ (?:on|for|to|from|away|at|in)\b/,
    }),
    rule("passive_ideation", 0.5, "if i (?:died|was gone|were gone|disappeared|was not here|were not here|did not wake up)|when i am gone", { self: true }),
    rule(
      "passive_ideation",
      1,
      "(?:would not|do not|will not|would never) (?:even |really )?(?:mind|care) if i (?:died|did not wake up|was gone|never woke(?: up)?|never wake up|was dead|disappeared|never came back)",
      { self: true, negatable: false },
    ),
    rule(
      "passive_ideation",
      1,
      near(
        "(?:the )?(?:only|last) (?:way out|option|answer|solution|choice|thing)(?: left)?",
        "ending it|end it|ending things|dying|death|suicide|killing myself|not being here|not existing|to die|to not be here",
        5,
        NOT_MINE,
      ),
    ),
    // Not coping: cannot keep going.
    rule("not_coping", 1, near(INABILITY, CONTINUE, 4, NOT_MINE), { unless: new RegExp(`${MUNDANE.source}|${ACTIVITY.source}`) }),
    rule(
      "not_coping",
      1,
      `can not (?:keep going|go on|carry on|keep on|hold on|keep doing this(?= any ?more| any longer| much longer|$| like this)|keep living|live like this|live with (?:myself|this)|do (?:this|it|life|any of this) ${ANYMORE}|do this$|take (?:it|this|much more|any more)(?: ${ANYMORE})?$|take ${ANYMORE}|cope$|cope (?:${ANYMORE}|at all|with (?:anything|life|any of (?:it|this)|it|this|myself|everything)|like this)|bear (?:it|this|living|being alive|myself)|handle (?:it|this|anything|life|any of this) ${ANYMORE}|face (?:another day|tomorrow|anything|life|it ${ANYMORE})|stand (?:it|this|being alive|myself)(?: ${ANYMORE})?$|get through (?:another|one more) (?:day|night)|see a way (?:out|forward|through))`,
      {
        negatable: false,
        unless: new RegExp(
          `^ (?:at this|with (?:this|the|these|that|our) (?:rota|rate|pace|staffing|workload|shifts?|system|software|printer)|without (?:more )?(?:staff|help from|a break|coffee|sleep))\\b|${MUNDANE.source}|${ACTIVITY.source}`,
        ),
      },
    ),
    rule(
      "not_coping",
      1,
      `(?:do not|not|never) know (?:how|if|whether) (?:much longer |long )?i (?:can|could|will be able to) (?:keep going|go on|carry on|cope|keep doing this|hold on|survive this|take (?:it|this|much more))|(?:how|if|whether) (?:much longer|long) i can (?:keep going|go on|carry on|hold on|cope|take (?:it|this))`,
      { negatable: false },
    ),
    rule(
      "not_coping",
      1,
      `i (?:give|am giving|have given|gave) up$|(?:there is|see|i see|can see|i can see) no (?:way out|way forward|end to this|light|point)|(?:do not|can not) see (?:a|any) way (?:out|forward|through)|not coping(?: at all| ${ANYMORE})?$|(?:really|completely|totally) not coping|i am (?:completely |totally |utterly )?(?:at breaking point|falling apart|drowning|barely (?:holding on|surviving|hanging on|functioning))$`,
      { negatable: false },
    ),
    rule(
      "not_coping",
      0.5,
      "(?:falling|fallen) apart|breaking down|barely (?:holding on|hanging on|surviving|coping)|(?:hanging|holding) on by a thread|(?:at|reached) (?:my )?breaking point|reached my limit|(?:at|reached) (?:the )?end of my (?:rope|tether)|am not (?:ok|okay|alright|all right)$|can not stop crying|cry(?:ing)? (?:myself to sleep|every (?:day|night))|(?:struggling|struggle) to (?:get out of bed|keep going|go on|breathe)",
    ),
    // Self-harm: on purpose, not by accident.
    rule(
      "self_harm",
      1,
      "(?:started|start|starting|back to|went back to|relapsed|relapsing|urge to|urges to|want to|wanted to|been|keep|kept|am) (?:cutting|burning|self harming|harming|scratching|hurting)(?: myself)?(?: again)?|(?:cut|cutting|burnt|burned|burning|hurt|hurting|harmed|harming|scratched|scratching|punched|punching|hit|hitting) (?:myself )?again|(?:cut|burnt|burned|hurt|harmed|scratched|punched|hit) myself (?:[a-z]+ ){1,3}again|(?:fresh|new|deep) (?:cuts|wounds|burns|scars)|(?:cuts|scars|burns|wounds) on my (?:arms|wrists|legs|thighs|stomach|skin)|hid(?:e|ing)? (?:my|the) (?:cuts|scars|burns|wounds)",
      { unless: /^ (?:back|down|corners|costs|the|a|some|my hair|shifts|hours)\b/ },
    ),
    rule(
      "self_harm",
      1,
      "(?:what i (?:might|will|could|would) do|do something) to myself|(?:a )?danger to myself|(?:until|till) (?:they|it|i|my \\w+) (?:bleed|bleeds|bled|bruise|bruised|is raw|are raw|is bleeding|are bleeding)",
      { self: true },
    ),
    rule("self_harm", 1, "(?:urge|urges|want|wanted|need|needed|tempted|itching|craving) to (?:cut|burn|bleed|self harm|scratch|hit myself)", {
      unless: /^ (?:back|down|corners|costs|the|a|some|my hair|shifts|hours|it|this|that|our|their|his|her)\b/,
    }),
    rule(
      "self_harm",
      1,
      near(
        "(?:cut|cutting|burn|burned|burnt|burning|scratch|scratched|scratching|hit|hitting|punch|punched|punching|bit|bite|biting|hurt|hurting)\\w* (?:my )?(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|hand|hands|stomach|head|face|body)",
        "to feel|on purpose|deliberately|to punish|to calm|to cope|to numb|to stop feeling|until",
        6,
        NOT_MINE,
      ),
    ),
    rule("self_harm", 1, "(?:hurting|harming|punishing) myself", {
      self: true,
      unless:
        /^ (?:lifting|at work|at the gym|on|moving|when|while|playing|running|in the|with a|shaving|by accident|accidentally|by working|with work|by staying|by not)\b/,
    }),
    rule(
      "self_harm",
      1,
      "(?:harm|harming|harmed|harms|punish|punishing|punished|mutilate|mutilating|starve|starving|injure|injuring) myself|cutting myself|(?:cut|burn|burning|burned|burnt|hurt|hurting|hit|hitting|scratch|scratching|bruise|bruising) myself (?:again|on purpose|deliberately|to feel|until|so (?:i|it)|because)",
      { self: true, unless: /^ (?:a |some |on |with a |shaving|by accident|accidentally|while|off|free)\b/ },
    ),
    rule(
      "self_harm",
      1,
      "(?:want|wanted|wanting|urge|urges|tempted|thinking (?:about|of)|thought (?:about|of)|going|start|started|keep|kept|been|feel like|felt like|scared (?:i will|i might|of)|afraid (?:i will|i might|of)|might|could|stop myself from|relapsed(?: and)?|again) (?:to |and )?(?:hurt|hurting|burn|burning|hit|hitting|scratch|scratching|cut|cutting|harm|harming) myself",
      { self: true },
    ),
    rule("self_harm", 1, "self (?:harm|harming|harmed|injury|injuring|injure)|(?:relapsed|relapse)", { unless: OTHERS_DO }),
    rule("self_harm", 0.5, "(?:hurt|cut|burnt|burned) myself|razor blades?|the blade|(?:my|fresh|new) (?:scars|cuts)", {
      self: true,
      unless: /^ (?:lifting|at work|at the gym|on|moving|when|while|playing|running|in the|with a|shaving|by accident|accidentally)\b/,
    }),
    // Plan: method, means, preparations.
    rule(
      "plan",
      1,
      near(
        "collect\\w*|sav(?:e|ed|ing)(?: up)?|stockpil\\w*|hoard\\w*|stash\\w*|research\\w*|googl\\w*|look(?:ed|ing)? up|how (?:much|many)|enough to|would be enough|lethal|hidden|hiding",
        "(?:sleeping )?(?:pills|tablets|meds|medication|medications|paracetamol|insulin|painkillers|opioids|morphine|rope|ligature|razor blades)",
        5,
        NOT_MINE,
      ),
    ),
    rule(
      "plan",
      1,
      near(
        "(?:keep|kept) (?:looking|staring) at|staring at|holding|lined up|in my (?:hand|pocket|bag|drawer)|in the (?:drawer|cupboard|car)",
        "pills|tablets|meds|medication|rope|ligature|knife|blade|razor|bridge|tracks",
        6,
        NOT_MINE,
      ),
    ),
    rule(
      "plan",
      1,
      "(?:have|got|gathered|collected) (?:everything|all|all the things) i (?:need|would need) to do it|(?:the )?means to do it|(?:can not|do not|stopped|stop) see(?:ing)? (?:a|any) future (?:for me|for myself)",
    ),
    rule(
      "plan",
      0.5,
      "who gets what|(?:sorting|sorted|organising|organised|organizing) (?:out )?(?:my )?(?:passwords|affairs|accounts|finances|paperwork for after)|just in case$",
      { cancelledBy: ORDINARY_EVENTS.en },
    ),
    rule(
      "plan",
      1,
      "(?:giving|gave|give|given) (?:my|all my) (?:things|stuff|belongings|possessions) away|(?:know|knew|decided|worked out|planned) (?:exactly |already )?(?:how|when|where) i (?:would|will|am going to|could) do it(?! differently| better| again| next)",
    ),
    rule(
      "plan",
      1,
      "(?:stockpil\\w*|saving up|saved up|hoarding|hoarded|collecting|collected|counting|counted|stashing|stashed) (?:my |some |all my |enough |the )?(?:pills|tablets|meds|medication|paracetamol|insulin|painkillers)|(?:looked up|looking up|googled|googling|searched|searching|researched|researching|reading about) (?:ways to die|how to (?:die|end it|kill myself|overdose)|lethal doses?|methods|suicide methods|how many (?:pills|tablets))|how many (?:pills|tablets|paracetamol) (?:it would take|would (?:kill|do it)|to die|to end it)|lethal dose",
    ),
    rule(
      "plan",
      1,
      "(?:take|took|taking|swallow|swallowed|swallowing) (?:all|all of|every one of|a handful of|handfuls of|the whole|a bottle of|a box of|loads of|too many|enough|a lot of) (?:my |the |of my )?(?:pills|tablets|meds|medication|paracetamol|painkillers|insulin)|overdos(?:e|ed|ing)|take an overdose",
      { unless: OTHERS_DO },
    ),
    rule(
      "plan",
      1,
      "(?:jump|jumping|throw myself|throwing myself|step|stepping|walk|walking|drive|driving|crash|crashing) (?:off|from|in front of|into) (?:a |the |my )?(?:bridge|building|roof|cliff|train|bus|lorry|truck|car|traffic|motorway|river|sea|wall|tree|tracks)|hang myself|hanging myself|drown myself|(?:throw|throwing) myself (?:off|under|in front)",
      { self: true },
    ),
    rule(
      "plan",
      1,
      "(?:goodbye|farewell|suicide) (?:note|notes|letter|letters)|(?:giving|gave|give) away (?:my|all my) (?:things|stuff|belongings|possessions)|(?:my )?affairs in order|(?:i have|made|making|got) a plan (?:to|for) (?:end|die|do it|kill)|(?:got|bought|have) (?:a|the) (?:rope|ligature)|(?:i have|i have got|i made|i have made) a plan(?=$| and (?:i|it)| to (?:do it|end|die|kill))|(?:stood|standing|stand|sat|sitting|went|drove|walked) (?:on|at|to|up to|onto) (?:the |a )?(?:edge of (?:the |a )?)?(?:bridge|ledge|cliff|cliff edge|roof|rooftop|top of the car park) (?:for|and|thinking|looking|wondering|last night|again)",
      // "Affairs in order before my surgery" is not a goodbye.
      { unless: new RegExp(`^ (?:before|ahead of|for|after) (?:my|the|our|a|an) ${ORDINARY_EVENTS.en.source}`) },
    ),
    // Goodbyes that sound final.
    rule(
      "goodbye",
      1,
      `(?:said|say|saying) (?:all )?my goodbyes$|this is (?:my )?goodbye|goodbye (?:forever|for good|cruel world)|(?:will not|not going to) be (?:here|around|alive) (?:much longer|for (?:much )?longer|${ANYMORE}|tomorrow|by (?:tomorrow|morning|the weekend))|by the time (?:you|anyone|someone) (?:read|reads|see|sees|finds) this|(?:when|after|once) i am gone|(?:this is|these are|these will be) my (?:last|final) (?:words|goodbye)|(?:saying|say|said) (?:my )?(?:goodbyes?) (?:to (?:everyone|you all|all of you|the world)|for (?:good|the last time)|before i go)`,
      // "This is goodbye from me … moving home to be near Mam": a move or a new post explains it (not surgery or a trip,
      // which posts after a harm event name for other reasons).
      { negatable: false, cancelledBy: MOVING_ON },
    ),
    rule(
      "goodbye",
      1,
      "(?:written|wrote|writing|left|leaving) (?:notes|a note|a goodbye) (?:to|for) (?:my|each of my|all my) (?:kids|children|family|partner|husband|wife|parents|mum|dad|friends|loved ones)",
      { unless: /^ (?:about|to say|saying|on the fridge)\b/ },
    ),
    rule(
      "goodbye",
      0.5,
      "if (?:anything|something) (?:happens|were to happen|should happen|happened) to me|(?:i )?(?:loved|love) (?:this group|this circle|you all|all of you|you guys|everyone here)|(?:will not|am not going to) be (?:posting|writing|here|around|back) (?:again|any ?more)|(?:written|wrote|writing|left|leaving) (?:letters|a letter|cards) (?:to|for) (?:my|each of my|all my) (?:kids|children|family|partner|husband|wife|parents|mum|dad|friends|loved ones)|goodbye$|goodbye (?:everyone|all|friends|every one|to you all|all of you)|(?:thank you|thanks) (?:all |so much |to everyone here |to everyone )?for everything|(?:thank you|thanks) to (?:everyone|all of you|you all)(?: here)?$|(?:take|taking) care of (?:my|the) (?:kids|children|cat|dog|family|mum|husband|wife|partner) for me|this (?:is|will be) my (?:last|final) (?:post|message)|i am sorry for everything|(?:please )?forgive me|i love you all|(?:made|making|updated|wrote|writing) my will|you (?:were|have been) (?:so )?kind to me|look after each other|(?:thank you|thanks) (?:all )?for trying|(?:the )?last time i (?:will|am going to) (?:write|post|be) here",
      {
        unless: /^ (?:before (?:my|the|i go on)|until|for now|for (?:a|the) (?:week|while|bit|holidays?))\b/,
        cancelledBy: new RegExp(
          `${/\b(?:see you|until next|next (?:week|month|year|time)|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|after (?:the|my) (?:holiday|holidays|break|leave)|moving to|new job|new (?:trust|team|role|post)|retir\\w*|leaving (?:the|my) (?:team|ward|trust|job)|back (?:soon|next|on|in))\b/.source}|${ORDINARY_EVENTS.en.source}`,
        ),
      },
    ),
    // Feeling a burden.
    rule(
      "burden",
      1,
      "(?:a )?(?:weight|millstone|drain|burden) (?:around|round|on) (?:everyone|everybody|their|my family|people|the team)|(?:a|such a|nothing but a|only a|just a) (?:burden|waste of space|drain)|burden (?:to|on|for) (?:everyone|my family|them|you all|everybody|my kids|my partner|my husband|my wife|people)",
      { unless: /^ (?:when|whenever|if) i (?:ask|need|call|take|have)\b/ },
    ),
    rule(
      "burden",
      1,
      "(?:would|will) (?:keep turning|carry on|go on|be fine|be okay|be ok|manage|cope|be better|be happier|be easier)(?: just fine| fine| better)? without me|(?:better|happier|easier|fine|okay|ok|alright|all right|safer|lighter|freer) (?:off )?without me|better off with (?:the |my )?(?:life )?insurance(?: money)?|(?:better off|happier|easier|relieved|glad|lighter|fine|okay|ok) if i (?:just )?(?:[a-z]+ ){0,2}(?:ended it|died|disappeared|gone|away for good|for good|dead|killed myself|not (?:here|around|alive|in it|in their lives)|never born)|(?:easier|better|simpler) for everyone if i (?:was not|were not|was|were) (?:in it|here|around|gone|alive)|(?:they|everyone|everybody|my (?:kids|family|children|partner|husband|wife|team)) (?:would|will) (?:all )?be (?:better off|happier)$|(?:better off|happier|easier|fine|okay|ok|relieved|glad|lighter|freer) if i (?:was|were|had) (?:gone|dead|not here|not around|never born|never been born|not alive)|(?:no one|nobody|no body|noone|no one at all) (?:would|will|is going to|would even|will even|would really) (?:miss|notice|care|mind)|(?:would|will) not (?:even )?(?:miss|notice) (?:me|if i)|(?:better|easier) for everyone if i|(?:ruin|ruining|ruined) (?:everything|everyone s life|their lives|my family s life)",
      { self: true, unless: /^ (?:for (?:a|the|one|two|\d)|while|on|during|today|tomorrow|this|next)\b/ },
    ),
    // Hopelessness: never enough alone.
    rule(
      "hopelessness",
      0.5,
      "(?:do not know|no idea) why i (?:even )?bother|why do i (?:even )?bother|no point$|at the end$|(?:got |have |have got )?nothing left$|nothing left (?:to give|in me|inside)|(?:stopped|stop|can not|do not) see(?:ing)? (?:a|any) future(?! for me| for myself)|tired of pretending|pretending (?:i am|to be) (?:ok|okay|fine)|hopeless|worthless|i am (?:so |just |completely |such )?(?:useless|a failure|pathetic|nothing)|no (?:future|hope)|nothing (?:matters|will (?:ever )?(?:change|get better|improve))|never (?:going to )?get better|i hate (?:myself|my life)|empty inside|(?:feel|feeling|felt) (?:so )?(?:empty|numb|trapped|alone|lost)|trapped|(?:no one|nobody) cares|(?:tired|sick) of fighting|done fighting|can not fight (?:this|it|any ?more)|(?:so|completely|utterly|totally) (?:alone|lost)|dark (?:thoughts|place)|intrusive thoughts|no way out|pointless",
      { unless: /^ (?:about|for) (?:the|this|our)\b/ },
    ),
    ...ENGLISH_CONCEPTS,
    ...ENGLISH_ENDINGS,
  ],
  context: {
    firstPerson: words("i me myself"),
    others: words(`he she they you we him her his their them hers theirs herself himself themselves yourself patient patients client clients resident residents
      man woman boy girl mother father mum mom dad son daughter husband wife partner friend friends colleague colleagues someone somebody anyone anybody
      sister sisters brother brothers aunt uncle cousin niece nephew grandma grandad grandmother grandfather nan gran neighbour flatmate housemate
      boyfriend girlfriend fiance fiancee
      people person who whom whose baby child children kid kids student students trainee trainees registrar team staff family relative relatives
      teenager teenagers adolescent adolescents caller callers service user users nurses doctors pt pts
      phone battery laptop computer printer pager bleep car plant plants`),
    reporting: words(`said says say told tells tell telling expressed expresses express reported reports report disclosed discloses documented documenting
      document assessed assessing assess screened screening screen recorded charted noted asked asks asking ask explained explains taught teaching teach
      treated treat treating nursed nursing admitted seen saw managed manage managing reviewed reviewing discussed discussing described describing
      heard hear learnt learned quoted presented presenting disclosing`),
    clinical: words(`ideation risk risks assessment assessments protocol protocols policy policies guideline guidelines training course webinar module lecture
      screening prevention postvention audit study studies research rates rate statistics referral referrals pathway pathways ward round handover
      caseload case cases admission admissions discharge discharged inpatient inpatients outpatient unit units presentation presentations safeguarding documented chart notes
      clinic liaison triage overdoses attempts observations obs safety plan plans leaflet poster helpline conference teaching simulation scenario
      theme themes factor factors symptom symptoms warning signs
      denies denied denying mse sx hx dx
      film films movie movies novel novels documentary documentaries episode episodes character characters series podcast podcasts actor actress plot`),
    negators: words("not never no nobody nothing neither nor without hardly"),
    light: words(`do does did am is are was were be been being will would could should might may can have has had going to want wanted wanting
      really ever actually truly feel feeling felt plan planning intend intending seriously currently any more longer at all that so like it just even
      about thinking think thought thoughts idea ideas urge urges of the a gonna trying try`),
    distantPast:
      /\b(?:used to|that was (?:in )?(?:19|20)\d\d|during (?:covid|the pandemic|lockdown|my (?:training|residency|internship|intern year|degree|placement))|(?:back )?in (?:19|20)\d\d|last (?:winter|summer|spring|autumn|year)|the year before|years? ago|years back|a (?:long )?while (?:ago|back)|months ago|long ago|back then|back when|when i was (?:a |an |at |in |younger|young|little|small|\d)|as a (?:teenager|teen|student|child|kid|trainee|junior)|in the past|at the time|at one point|there was a time|during my training|in my (?:twenties|teens|thirties)|(?:back )?in my (?:first|second|third|fourth|final|early) (?:year|years|job|post|rotation)|at (?:university|uni|school|college)|after my (?:first|last) (?:baby|child|year)|in my first (?:year|job|post))\b/,
    pastVerb: /\b(?:wanted|felt|thought|tried|attempted|was|were|used|had|nearly|almost|could not|did not|went through|took|once)\b/,
    recent:
      /\b(?:last night|yesterday|this (?:morning|week|evening|afternoon|weekend)|tonight|today|again|still (?:want|feel|think|can|am|have)|lately|recently|these days|right now|at the moment|since the (?:incident|inquest|review|death))\b/,
    resolved:
      /\bi (?:am|do|have) not (?:now|any ?more|these days|today)\b|(?:that|this) is not where i am (?:now|today|these days)|(?:^|\b(?:but|and|now) |, )i am (?:doing )?(?:good|ok|okay|fine|well|safe|alright|all right)(?= ,| \.|$)|\bstill here(?: ,)? (?:and )?doing (?:well|ok|okay|alright|fine|better)|\b(?:\w+ )?(?:years?|months) (?:clear|clean|free)\b|\b(?:today|now|these days|nowadays) i (?:supervise|mentor|teach|train|coach|lead|run|support|help|look after|became|qualified)\b|\bi am (?:well|ok|okay|fine|safe|doing (?:well|fine|ok|okay|better))(?: now| today| these days)?$|\bi am (?:doing |feeling )?(?:well|better|fine|okay|ok|great|good) (?:now|today|these days|nowadays)\b|\b(?:therapy|counselling|medication|treatment|support|help)(?: \w+){0,5} (?:helped|saved me|got me through)\b|(?:have not|has not|never) (?:had|felt) (?:those|these|that|them|it|such) (?:\w+ )?(?:thoughts?|feelings?|urges?|way) (?:since|in|for)\b|(?:i have been|been) (?:well|ok|okay|fine|better|stable) for (?:a long time|years|months|a while|\w+ (?:years|months))|\b(?:now|today|these days|nowadays) i (?:am|have|feel) (?:ok|okay|fine|better|well|safe|doing (?:well|better|ok|okay)|in a (?:good|better|much better) place|glad|happy|grateful|support|a (?:good )?(?:therapist|counsellor|support))|i am (?:ok|okay|fine|better|safe|doing (?:much |a lot |so much )?better|well|happy|content|at peace|in a (?:much )?(?:good|better) place) (?:now|these days|today)|(?:got|came|made it|come) through (?:it|that|this|them)|(?:got|getting|found|asked for|reached out for|with) (?:help|support|treatment|therapy|counselling)|(?:therapy|counselling|medication|treatment|support|the circle|talking|help) (?:has )?(?:helped|saved|changed (?:that|this|everything|things))|(?:it|things|life) (?:got|has got|have got|are|is) (?:much |so much |a lot )?better|(?:glad|grateful|thankful) (?:i am|to be) (?:still )?(?:here|alive)|i am still here and|glad i stayed|grateful|recovered|no longer (?:feel|want|think|have)|(?:do not|never) feel (?:like )?that (?:way )?(?:any ?more|again)|(?:those|that|these) (?:feelings?|thoughts?|days) (?:have |has |are )?(?:passed|gone|faded|behind me|over)|(?:i am|i feel) safe|survived|behind me|came through|(?:pulled|got|helped|saw|brought) me through|(?:free|clear|clean) of (?:it|that|them)|(?:free|clean) for (?:\\d+|many|several|a few|two|three|five|ten|fifteen|twenty) (?:years|months)|(?:out|on) the other side(?: of (?:it|that|this|them))?|proud of (?:that|myself|how far|where i am|who i am)|\w+ (?:changed|turned around) (?:that|this|things|everything)|(?:this|now) (?:winter|summer|spring|autumn|year),? i (?:am|have|love|feel)|things (?:shift|change|move on)|it has been (?:\w+ ){0,2}(?:years|months) since|it has been (?:\w+ ){0,2}(?:years|months)(?: and|$)|(?:have not|has not) (?:\w+ ){0,3}(?:in|for) (?:over |more than |almost |nearly |about )?(?:\d+|many|several|a few|two|three|five|ten) (?:years|months)\b/,
    recovery:
      /(?<!\bnot (?:\w+ )?)\b(?:doing|feeling) (?:(?:really|so|pretty|much|a lot|quite|genuinely|honestly|actually) )*(?:well|better|good|ok|okay|fine|alright|great)\b|\b(?:\w+ )?(?:years?|months?) (?:into|of|in) (?:therapy|counselling|treatment|recovery)\b|\b(?:have not|has not|had not|never have|not once) (?:\w+ ){0,3}(?:since|in|for) (?:over |more than |almost |nearly |about |a good )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several|a few|a couple of|some) (?:years?|months?)\b|\b(?:it|things|this) (?:can|does|will|did|do) (?:turn|change|pass|ease|shift|get better|improve)\b|\bback (?:at|to|on) (?:work|the ward|the wards|shifts|nights|nursing|running|the unit)\b|\b(?:running|cycling|swimming|climbing|singing|dancing|painting|walking|riding|sleeping|reading|laughing|playing|surfing|hiking|gardening|baking) again\b|\b(?:grateful|glad|proud|happy) (?:to be|i am|of)\b|\b(?:stopped|quit) (?:\w+ ){0,2}(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several|a few|a couple of) (?:years?|months?) ago\b|\b(?:i (?:now|today|these days|nowadays)|(?:now|today|these days|nowadays) i) (?:talk|speak|teach|tell|share)\b|\b(?:someone|somebody|a person|people) who (?:is|are|has been|have been) (?:ok|okay|fine|well|alright|doing (?:ok|okay|fine|well))\b|\b(?:well |safely |firmly |long )?(?:on|out) the other side of (?:it|that|this|them)\b/,
    relapse:
      /\bbut i am not\b|\bi am not (?:really |actually |doing )?(?:ok|okay|fine|well|better|good|alright|safe)\b|\bi am not(?= \.| ,|$)|\b(?:said|told(?: \w+){0,2}|pretend(?:ing|ed)?|acting like|making out|says|say|thinks|think) (?:that )?i (?:was|am|were) (?:ok|okay|fine|well|better|over it|doing)|\b(?:it is|it has|they are|they have|the (?:thoughts|urges|feelings) (?:are|have)) (?:come |coming |creeping )?back\b|\b(?:creeping|coming) back\b|\b(?:thoughts|urges|feelings|ideas|they|it) (?:came|have come|has come|crept|are|is) back\b|\bstarted again\b|\bstill (?:want|think|feel|have|wish)\b|\bnot (?:over|behind me)\b/,
    hypothetical:
      /^(?:if i ever|if i were ever|even if|what if|in case i ever|should i ever)\b|^how to (?:ask|talk|respond|support|screen|assess|spot|recogni[sz]e|help)\b|\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering) (?:me )?(?:if|whether) i\b/,
  },
};
