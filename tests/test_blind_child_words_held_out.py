"""The blind sets of children's words 2 to 12 (tests/blind_child_words_2.yaml to _12.yaml; issue 17, item 14).

Each written by someone who never saw the checker: 240 clean sentences to children full of everyday
children's words, and 80 with one planted hard `word` each, 48 and 16 in each age band. They were held
out until session 10, when they became tuning sets with set 1; set 4 became one in session 11, set 5 in
session 12, set 6 in session 13, set 7 in session 14, set 8 in session 15, set 9 in session 16, set 10 in session 17,
set 11 in session 18
(set 12 is held out until session 19): run `pytest tests/test_blind_child_words_held_out.py -s` for their figures; the test
prints no sentences or words, so that a held-out set put here stays unseen. A planted word is caught when a note
points at that word (or marks words overlapping it), as a hard word or as a system word
('reunification': said plainly too). A clean sentence is flagged by any note, a sentence too long for
the band included (the young band's 12 words are the project's rule).
The goal (at most 1 false flag in 100 clean items, recall at least 97%) is met on the sets tuned on only in part (after
session 18 false flags are within 1% on every set but set 3, whose 9 are young-band sentences over 12 words, and set
6, 1.2%; recall is under 97% on sets 2, 6, 7, 8 and 10) and is to be shown on a set held out: the guards sit just beyond what was
measured, so that a change for the worse fails.
"""

from __future__ import annotations

from collections import Counter

import pytest

from wordsets import WordSet, caught

#: Set 2, measured in session 7 with the rule final before the set was opened: false flags 4.6%
#: (11/240), recall 70.0% (56/80: 50 as hard words, 6 as system words); the checker before that
#: session's changes gave 5.8% (14/240) and 67.5% (54/80). Session 8, with the age-of-acquisition
#: rule final (data/age_of_acquisition.tsv), measured once: 3.3% (8/240), 72.5% (58/80: 52 and 6).
#: Set 3, written in session 8 and measured before and after that session's merged changes, once
#: each: 6.2% (15/240) -> 5.8% (14/240), recall 90.0% -> 91.2% (73/80: 70 as hard words); of the
#: 14 flagged clean sentences 8 are young-band sentences over its 12 words, 6 (2.5%) hold a word
#: flagged (7, 2.9%, before).
#: Session 10: sets 1, 2 and 3 all became tuning sets (set 4 held out). A word learned
#: late is hard unless adults rate it concrete (not only when abstract or an office word): set 2
#: 3.3% -> 3.3%, recall 72.5% -> 82.5% (66/80); set 3 5.8% -> 5.8%, 91.2% -> 93.8% (75/80).
#: A system word's note over a phrase holding the planted word ('statutory visits' for 'statutory',
#: 'local authority' for 'authority') now counts as pointing it out (wordsets.caught): the checker
#: before session 9 then gives set 2 75.0% (60/80), set 3 92.5% (74/80); after the rule above 85.0%
#: (68/80) and 95.0% (76/80). A thing's name used as a verb ('will implement') is judged as the verb:
#: 86.2% (69/80) and 96.2% (77/80); false flags unchanged. An adverb learned with its adjective, and
#: an abstract word the norms give no age ('paramount', 'pursuant') held to a late word's bar: 87.5%
#: (70/80) and 97.5% (78/80); false flags unchanged.
#: Set 4, written in session 10 by someone who never saw the checker, held out, measured once before
#: and once after that session's changes (the counting above both times): false flags 1.7% (4/240)
#: -> 1.7% (4/240), recall 87.5% (70/80) -> 93.8% (75/80: 70 as hard words). Goal not met.
#: Session 11 (words7): set 4 became a tuning set too (a fifth is held out by the lead). Sets 1-4
#: before -> after, false flags and recall: set 1 4.5% -> 4.0%, 98.3% unchanged; set 2 3.3% unchanged,
#: 87.5% -> 90.0% (72/80); set 3 5.8% unchanged, 97.5% -> 98.8% (79/80); set 4 1.7% -> 1.2% (3/240),
#: 93.8% -> 96.2% (77/80). Then the professionals listed hard to a band younger than the norms' age: set 2
#: 90.0% -> 92.5% (74/80), set 4 96.2% -> 97.5% (78/80), false flags unchanged. Then a long word the norms
#: leave out held to a late word's bar only when rated abstract again (the wider rule made 'underneath' hard
#: to a 5-year-old): set 2 91.2% (73/80), set 3 97.5% (78/80), set 4 96.2% (77/80). Guards just beyond.
#: Set 5, written in session 11 by someone who never saw the checker or the project, held out, measured
#: once on main before words7's rules and once after: false flags 2.9% (7/240) -> 2.9% (7/240), recall
#: 93.8% (75/80) -> 93.8% (75/80). Goal (1% / 97%) not met. From session 12 it may be tuned on.
#: Session 12 (words8), set 5 a tuning set too (a sixth held out by the lead), one rule at a time, sets 2-5:
#: a Latinate word learned a year (EARLY_MARGIN, was 2) before the band's known age is no office word:
#: set 5 2.9% -> 2.1% (5/240), recall unchanged; sets 2-4 unchanged. Two everyday words are no Latinate
#: word for the ending the second holds ('play' + 'lists'): set 5 2.1% -> 1.7% (4/240); the rest unchanged.
#: A pet name with -ie of a word rated concrete has a thing's bar ('slushie'): set 2 3.3% -> 2.9% (7/240),
#: set 5 1.7% -> 1.2% (3/240); recall unchanged. A verb of moving of one syllable learned before 8.5 has a
#: thing's bar ('whizzed', 'squishing'): set 2 2.9% -> 2.5% (6/240), set 5 1.2% -> 0.4% (1/240).
#: The adverbs of legal English ('hitherto', 'thereof') are office words: recall set 2 91.2% -> 92.5% (74/80),
#: set 3 97.5% -> 98.8% (79/80), set 5 93.8% -> 95.0% (76/80); false flags unchanged.
#: A verb made from a noun in -ion ('commissioned') has a Latinate ending: set 5 recall 95.0% -> 96.2% (77/80).
#: A learned adjective in -ary is not the thing its rare noun sense names ('dietary'): set 5 recall 97.5% (78/80).
#: After session 12: set 2 2.5% (6/240) / 92.5% (74/80), set 3 5.8% (14/240) / 98.8% (79/80), set 4 1.2% (3/240) /
#: 96.2% (77/80), set 5 0.4% (1/240) / 97.5% (78/80): the goal met on set 5 only, which was tuned on. Guards just beyond.
#: Set 6, written in session 12 by someone who never saw the checker or the project (about 95 everyday words
#: children know that adult text rarely has in its clean half), held out, measured once on main before
#: words8's rules and once after: false flags 3.8% (9/240) -> 3.3% (8/240), recall 96.2% (77/80) -> 96.2%
#: (77/80; 74 as hard words). Goal (1% / 97%) not met. From session 13 it may be tuned on.
#: Session 13 (words9), set 6 a tuning set too (a seventh held out by the lead), sets 1-6 after each rule:
#: a word lemminflect does not know is as common as its stem with a regular -s/-ed/-ing undone ('hoovering',
#: 'go-karting'), and a care word's verb endings are as familiar as it ('facetimed'): set 2 2.5% -> 2.1% (5/240),
#: set 6 3.3% -> 2.9% (7/240). Re- and a plain verb no norm rates is the verb done again ('resit', 'rewatch'):
#: set 2 2.1% -> 1.7% (4/240), set 3 5.8% -> 5.4% (13/240), set 6 2.9% -> 2.5% (6/240). Recall unchanged on
#: every set; sets 1, 4, 5 unchanged. A plain verb and an adverb written joined is judged as written with a
#: hyphen ('kickabout'): set 2 1.7% -> 1.2% (3/240). The guards of sets 2, 3 and 6 moved down to just beyond.
#: Set 7, written in session 13 by someone who never saw the checker or the project (its hard words subtler
#: for the older bands: formal verbs and nouns of everyday adult English), held out, measured once on main
#: before words9's rules and once after, unchanged by them: false flags 0.8% (2/240), recall 80.0% (64/80;
#: teen 7 and young adult 3 of 16 missed). Then words10's formal-word rule (a Latin prefix on a stem that is
#: no English word, learned from reading), written without seeing this set: false flags 0.8% (2/240)
#: unchanged, recall 82.5% (66/80; teen 7, young adult 2 of 16 missed). False flags meet the goal; recall is
#: far from it.
#: From session 14 it may be tuned on.
#: Session 13 (words10; set 7 not opened, tuned on sets 1-6 only): a verb or adjective learned from reading
#: (10 or after), not rated concrete, built of a Latin prefix on a stem that is no word ('sufficient',
#: 'eligible') is a formal word with an office word's late bar in every band: set 1 recall 59/60 -> 60/60,
#: set 2 92.5% -> 95.0% (76/80); false flags unchanged on every set and band. Sets 3-6 unchanged.
#: Session 14 (words12; set 7 a tuning set too, an eighth held out by the lead), sets 1-7 after each rule:
#: a formal word used as a verb ('will implement') is the verb, not the tool its noun names: set 7 recall
#: 82.5% -> 83.8% (67/80); false flags and every other set unchanged.
#: A verb only, rated abstract and learned from reading (10 or after), is formal however built ('escalate',
#: 'comply', 'deemed'; not re-, an English particle on a verb, nor 'computing' the subject): recall set 2
#: 95.0% -> 96.2% (77/80), set 5 97.5% -> 98.8% (79/80), set 7 83.8% -> 87.5% (70/80); false flags unchanged.
#: The word after 'play', 'playing'... is the game played ('play tig'): false flags set 1 4.0% -> 3.5% (7/200),
#: set 2 1.2% -> 0.8% (2/240), set 3 5.4% -> 5.0% (12/240); recall unchanged.
#: Such a verb that is a noun too, used as the verb (after 'will', 'to', now 'help' too: 'will help safeguard you'):
#: set 7 recall 87.5% -> 88.8% (71/80); false flags and the other sets unchanged.
#: Set 8, written in session 14 by someone who never saw the checker or the project (half its planted words
#: care-system or official jargon, half formal adult words), held out from words12 and measured by the lead on
#: main before words12's rules and after them: false flags 0.4% (1/240) -> 0.4% (1/240), recall 75.0% (60/80)
#: -> 75.0% (60/80; missed: early 3, young 4, middle 4, teen 3, young adult 6 of 16). The rules tuned on set 7
#: did not reach set 8's words: recall is far from the goal. (A first set 8, written earlier in session 14,
#: was lost with that half's machine; on main it had measured 1.2% and 95.0%.) From session 15 it may be tuned on.
#: Session 15 (words13; set 8 a tuning set too, a ninth held out by the lead), sets 1-8 after each rule:
#: the care and benefits systems' own names for their money, orders and risks are system words ('pupil premium',
#: 'special guardianship', 'staying put' arrangements, 'Universal Credit' and the other benefits, 'UC', 'PIP',
#: 'CSE', 'CCE'): set 7 recall 88.8% -> 90.0% (72/80), set 8 75.0% -> 81.2% (65/80); false flags unchanged on every set.
#: An abstract or office word learned more than halfway from the band's known age to its late one has the late bar
#: ('consider', 8.0, for ages 5 to 7; not 'improved', 7.5, nor an affix on a word the band knows, 'insecure'):
#: set 3 recall 98.8% -> 100% (80/80), set 8 81.2% -> 85.0% (68/80); false flags unchanged on every set.
#: An office word listed in one form is one in each form of its verb ('demonstrate' of 'demonstrated'; not a thing
#: named, 'a garden implement'): set 8 recall 85.0% -> 86.2% (69/80); false flags and every other set unchanged.
#: An abstract office word learned from reading (10 or after) is not let off its ending for being learned a year
#: before the band's known age ('reconciliation', 10.8, to 16-year-olds; not the unrated 'revision'): set 8 recall
#: 86.2% -> 87.5% (70/80); false flags and every other set unchanged.
#: A word adults rate a thing, made of two everyday words learned by 8, is as familiar as its parts ('zoo' + 'keeper'):
#: set 8 false flags 0.4% -> 0.0% (0/240); recall and every other set unchanged.
#: From a blind review: 'independent' and 'volunteer', the words the record tells a child of their rights with, are
#: hard to the under-5s (whose copy says 'a grown-up who is on your side') and told from the young band on; a name
#: spelt out in a suggestion ('Independent Reviewing Officer') no longer lets its words off; a right's own name
#: ('independent visitor') is the record's to explain: every set unchanged.
#: A negative prefix on a formal word, learned from reading too, is formal ('insufficient', 'inconsistent'; not
#: 'insecure'): set 8 recall 87.5% -> 88.8% (71/80); false flags and every other set unchanged.
#: The court's word for a hearing put off ('adjourned', 'adjournment', planted in five sets) is a system word in every
#: band, not only a hard word to the younger: set 8 recall 88.8% -> 90.0% (72/80); false flags and every other set unchanged.
#: An abstract office word learned after the band's known age at all, not only past halfway to its late one, has the
#: late bar ('liability', 12.9, at 16; 'contribution', 11.2, at 12 to 15): set 8 recall 90.0% -> 91.2% (73/80); false
#: flags and every other set unchanged.
#: After session 15: set 8 0.0% (0/240) / 91.2% (73/80; missed early 3, young 2, middle 1, teen 1 of 16), tuned on;
#: set 3 5.0% (12/240) / 100% (80/80), set 7 0.8% (2/240) / 90.0% (72/80); sets 1, 2, 4, 5, 6 unchanged. Left missed
#: on purpose: 'advocate', 'independent visitor', 'therapy' (told to every band, explained, by the record itself),
#: 'pathway plan' (the tool's own words to a 16-year-old reading at any band). Set 8's guards moved to just beyond.
#: Set 9, written in session 15 by someone who never saw the checker or the project (care, legal, health, school and
#: benefits jargon and formal adult words, subtler for the older bands), held out from words13 and measured by the lead
#: on main before words13's rules and after them: false flags 1.7% (4/240) -> 1.2% (3/240), recall 72.5% (58/80) ->
#: 78.8% (63/80; missed: early 2, young 2, middle 2, teen 5, young adult 6 of 16). Goal not met; the older bands'
#: formal words are where recall is lost. From session 16 it may be tuned on.
#: Session 15 (words14, set 9 not opened; tuned on sets 1-8), sets 1-8 after each rule: the compound prepositions of
#: official letters are hard as phrases, their words everyday ('prior to', 'in relation to', 'on a weekly basis', 'at a
#: frequency of'; not 'in line with' a queue, 'take place', 'in order to'): set 7 recall 90.0% -> 91.2% (73/80); false
#: flags and every other set unchanged.
#: An initialism is letters said one by one to the under-5s, who do not read yet: hard to them unless as common as an
#: everyday word ('MRI', 'GP'; not 'TV', 'OK', nor a word in capitals, 'WOW'; older bands unchanged): set 7 recall
#: 91.2% -> 92.5% (74/80); false flags and every other set unchanged.
#: The law's and the health services' own names for what a young person can decide and do are system words ('have
#: capacity', 'lacks capacity', 'mental capacity', 'sleep hygiene'; not 'the capacity to', an ability): set 7 recall
#: 92.5% -> 95.0% (76/80); false flags and every other set unchanged.
#: The formal verbs of letters in their set phrases are officialese phrases too ('may wish to', 'are required to',
#: 'were notified of', 'entitled to', 'seek advice'; not 'hide and seek'): false flags and recall unchanged on every set (found with this session's own sentences).
#: A service's metaphor for help made to fit is one too ('tailored to', 'tailored support'): set 7 recall 95.0% -> 96.2%
#: (77/80); false flags and every other set unchanged.
#: More of the letters' set phrases ('in due course', 'in a position to', 'as and when', 'has been put in place'; not
#: 'put the last piece in place'): false flags and recall unchanged on every set (found with this session's own sentences).
#: Set 9 after words14's rules too (and the chair's title 'Independent Reviewing Officer' a name the copy explains,
#: as 'independent visitor' is), measured once by the lead: false flags 1.2% (3/240), recall 80.0% (64/80; missed: early
#: 1, young 2, middle 2, teen 5, young adult 6 of 16).
#: Session 16 (words15; set 9 a tuning set too, a tenth held out by the lead), sets 1-9 after each rule:
#: the school, SEND and health systems' own names for what they arrange around a child ('managed move', 'phased
#: return', 'reduced timetable', 'alternative provision', 'PRU', 'virtual school', 'Local Offer', 'referral', 'SALT',
#: 'OT'), the Children Act's other sections by number ('section 17', 's47') and the leaving-care schemes written as
#: names ('Setting Up Home Allowance', 'Staying Put'; not 'a setting-up-home grant', 'this is called staying put'):
#: set 9 recall 80.0% -> 91.2% (73/80); false flags and every other set unchanged. ('Your sister's 20' is no longer
#: 'section 20'.)
#: The formal verbs of letters that the plain-English guides give an everyday verb for ('attend': go to, 'purchase':
#: buy, 'consult': ask, 'exhibit': show, 'obtain', 'require', 'ensure'...) are office words whatever age the norms give:
#: set 9 recall 91.2% -> 96.2% (77/80); false flags and every other set unchanged.
#: A word lemminflect does not know is rated abstract when its stem with a regular -ed or -ing undone is, as its frequency
#: already was the stem's ('marginalised' as 'marginalise', 1.85; a thing's rating is not a verb's made of it, 'nuked',
#: 'nightclubbing'): set 9 recall 96.2% -> 97.5% (78/80); false flags and every other set unchanged.
#: An adjective only, which the concreteness ratings leave out, learned from reading (10 or after) and past halfway from
#: the band's known age to its late one, names a quality and has an abstract word's bar ('arduous', 13.9, to a young
#: adult; not 'golden' or 'strict', learned before reading): set 9 recall 97.5% -> 98.8% (79/80); false flags and
#: every other set unchanged.
#: An office word with a plainer one is hard to the under-8s however common in adult text ('professionals', 5.05, above
#: every bar; 'currently'): set 4 recall 96.2% -> 97.5% (78/80); false flags and every other set unchanged.
#: After session 16: set 9 1.2% (3/240) / 98.8% (79/80; missed: teen 1 of 16), tuned on; set 4 1.2% (3/240) / 97.5%
#: (78/80); sets 1-3, 5-8 unchanged (set 1 tuning 4.0% / 100%, held out 3.0% / 100%; set 2 0.8% / 96.2%, set 3 5.0% /
#: 100%, set 5 0.4% / 98.8%, set 6 2.5% / 96.2%, set 7 0.8% / 96.2%, set 8 0.0% / 91.2%). Left missed on purpose: 'Pathway
#: Plan' to a teen about to turn 16 (the tool itself tells such a reader 'From 16, you have a right to a pathway plan'
#: and what one is). Left flagged: 'detention' (learned at 10.2, 0.8 years before the teens' known age: EARLY_MARGIN
#: lets a Latinate word off from a year), 'binge-watching' ('binge' learned at 15.2 in norms of 2012, before the word
#: was) and 'payslip' (a British compound no norm, rating or WordNet lemma covers; flagged in sets 3 and 4 too: SCOWL's
#: British list, the one to hand, holds 'paystub' and thousands of made-up compounds as well, so it cannot vouch for
#: it). Set 9's guards moved to just beyond (1.5%, 98%), set 4's recall guard to 97%.
#: Set 10, written in session 16 by someone who never saw the checker or the project (told to avoid the planted words of
#: earlier sets, so its hard words are new ones), held out from words15 and measured by the lead on main before words15's
#: rules and after them: false flags 2.5% (6/240) -> 2.5% (6/240), recall 70.0% (56/80) -> 72.5% (58/80; missed: early 2,
#: young 2, middle 3, teen 6, young adult 9 of 16). The rules found on set 9 barely reached set 10's words: the goal is
#: far off for words not yet seen, most of all the older bands' formal words. From session 17 it may be tuned on.
#: Session 17 (words16; set 10 a tuning set too, an eleventh held out by the lead), sets 1-10 after each rule:
#: a scheme's, an order's or a payment's own name written as one, capitalised everyday words ending in what it is
#: ('Personal Education Plan', 'Child Arrangements Order', 'Local Housing Allowance', '16-19 Bursary Fund', 'Subject Access
#: Request'; not 'Sophie Grant', 'Breakfast Club'), is a system word: set 10 recall 72.5% -> 78.8% (63/80), set 9 98.8% ->
#: 100% (80/80); false flags and every other set unchanged.
#: The other orders a court makes about a child ('care order', 'supervision order', 'referral order') are legal terms:
#: set 10 recall 78.8% -> 80.0% (64/80); all else unchanged.
#: What the glossary's acronyms stand for, written out ('youth offending team', 'child protection plan', 'return home
#: interview'), is a system word as the letters are: set 10 recall 80.0% -> 81.2% (65/80); all else unchanged.
#: Over-, out- and under- on a plain verb, in a word lemminflect does not know and no norm rates, is that verb
#: ('overthinking', as 'resit'): set 10 false flags 2.5% -> 2.1% (5/240); all else unchanged.
#: A noun no norm rates made of a verb and -ant is an office word ('claimant', 'determinant'): set 10 recall 81.2% ->
#: 82.5% (66/80); all else unchanged.
#: After session 17: set 10 2.1% (5/240) / 82.5% (66/80; missed: early 2, middle 2, teen 5, young adult 5 of 16), tuned
#: on; set 9 1.2% (3/240) / 100% (80/80); sets 1-8 unchanged. Tried and not kept: a compound's part the age table leaves
#: out, as commoner than any bar, taken as learned early ('cards' of 'flashcards', a teenager's false flag), made 154
#: words familiar to under-5s ('painkiller', 'gunfight', and 'lawmaker': the table leaves out 'law' too, learned late); an
#: office word with a plainer one held
#: to the late bar whatever its age ('exhibiting' 4.16 to a teen) made 57 to 59 of wordfreq's 60,000 commonest words hard
#: to each band from 8 up, some plain ('concentrate', 'comments', 'anxiety'); an abstract word learned from reading but
#: by the band's known age held to an abstract word's bar ('diligent' to a young adult) made 739 words hard to teenagers
#: and 1,560 to young adults ('adventurous', 'heartbreak', 'willpower'). Left flagged: 'brilliant' to ages 5 to 7 (US
#: raters put it at 8.0; British children say it every day), 'detention' and 'revising' (as after session 16), 'obby'
#: (a Roblox word) and 'chuffed' (British, 2.7). Left missed: 'therapist' (listed familiar: the examples tell a
#: 3-year-old of her speech therapist), 'health visitor' (the project's corpus holds it clean for the under-5s),
#: 'advocate' (the record's own right), and formal words the norms put before the band's known age or that are
#: commoner than its bars ('consent', 'parameters', 'presentation' at home, 'exempt', 'forthcoming', 'drawn down').
#: Set 11, written in session 17 by someone who never saw the checker or the project (told to avoid the planted words of
#: sets 1 to 10), held out from words16 and measured by the lead on main before words16's rules and after them (the
#: counting above): false flags 2.5% (6/240: early 1, young 1, middle 2, teen 2) -> 2.5% (6/240), recall 98.8% (79/80;
#: missed: middle 1 of 16; 79 as hard words) -> 98.8% (79/80). The first held-out set whose recall meets the goal (97%);
#: its false flags (2.5%) do not (1%). From session 18 it may be tuned on.
#: Session 18 (words17; set 11 a tuning set too, a twelfth held out by the lead), sets 1-11 after each rule:
#: a given name that is a word too, opening a sentence before a verb that agrees with it, is a name ('Sue says...',
#: 'Mark thinks...'; not 'Sue them', the verb's bare form): set 11 false flags 2.5% -> 2.1% (5/240; early 1 -> 0);
#: recall and every other set unchanged.
#: The words of a British child's school, doctor's, table, games and year that the US norms put late or leave out are
#: everyday from the band each is said to (familiar.BRITISH_EVERYDAY: 'brilliant', 'nativity', 'panto', 'advent',
#: the fair's 'waltzers', 'helter-skelter' and 'pedalo' from the under-5s; 'injection', 'spag bol' from 5; a swimming
#: 'gala', 'two nil', 'fajitas' from 8; a secondary school's 'detention' and 'revision' or 'revise', 'chuffed' from
#: 12; a first job's 'payslip' from 16; a younger band judges each as before): each flagged clean by an independent
#: writer of these sets or the project's British set, most by two or more ('revising' and 'revision' in sets 2, 3, 5,
#: 6, 10 and 11; 'detention' in 9, 10 and 11; 'payslip' in 3, 4 and 9; 'brilliant' in 10 and 11), and left flagged
#: by sessions 11 to 17 for want of a British source that knows them. False flags set 11 2.1% -> 0.0% (0/240), set 2
#: 0.8% -> 0.0%, set 3 5.0% -> 3.8% (9/240), set 4 1.2% -> 0.4% (1/240), set 5 0.4% -> 0.0%, set 6 2.5% -> 1.2%
#: (3/240), set 7 0.8% -> 0.0%, set 9 1.2% -> 0.4% (1/240), set 10 2.1% -> 0.8% (2/240); set 1 tuning 4.0% -> 2.0%,
#: held out 3.0% -> 1.0%; the British set 4.3% -> 0.0%, the child-words set 1.7% -> 0.4%; recall unchanged on every
#: set, the project's corpus unchanged (99.5% / 0.2%).
#: After session 18: set 11 0.0% (0/240) / 98.8% (79/80; missed: middle 1 of 16, 'sustained', learned at 10.4 and
#: commoner than the middle band's abstract bar), tuned on. Left flagged, all sets: the young band's sentences over 12
#: words (set 3's 9: the project's rule), the system words 'contact' and 'leaving care' (set 6, by design), 'tenancy' to
#: a young adult (set 6; planted as hard in another set), 'Kayla' (set 4, the measure's own child), 'binge-watching'
#: (set 9), 'obby' and 'flashcards' (set 10). Tried and not kept: a Latin prefix on a stem that is no word counted as
#: formal from two vowel groups, not three ('sus-tain'), made 88 words of the age table formal, many plain ('complex',
#: 'distinct', 'editing', 'advert'), and not 'sustain' itself. Guards moved to just beyond the new false-flag figures.
#: Set 12, written in session 18 by someone who never saw the checker or the project (told to avoid the planted words of
#: sets 1 to 11), held out from words17 and measured by the lead on main before words17's rules and after them (the
#: counting above): false flags 2.1% (5/240: middle 2, teen 1, young adult 2) -> 1.7% (4/240: middle 1, teen 1, young
#: adult 2), recall 77.5% (62/80; missed: early 2, young 1, middle 2, teen 5, young adult 8 of 16) -> 77.5% (62/80):
#: set 11's 98.8% did not carry over; the older bands' formal words of everyday adult English are what is missed again.
#: After session 18's other merges (tool18: a word no English list knows after 'your', 'my', 'loves', 'cooked'... is
#: a thing's name, 'your pierogi'; a hard word explained where it is used, ', which means'), measured once: false flags
#: 1.7% (4/240), recall 76.2% (61/80; young adult 9 of 16 missed): one planted word fewer found.
#: From session 19 it may be tuned on.
GUARDS = {"blind_child_words_2.yaml": (0.005, 0.96), "blind_child_words_3.yaml": (0.04, 0.98),
          "blind_child_words_4.yaml": (0.005, 0.97), "blind_child_words_5.yaml": (0.005, 0.98),
          "blind_child_words_6.yaml": (0.015, 0.94), "blind_child_words_7.yaml": (0.005, 0.96),
          "blind_child_words_8.yaml": (0.005, 0.91),
          "blind_child_words_9.yaml": (0.005, 0.99),
          "blind_child_words_10.yaml": (0.01, 0.82),
          "blind_child_words_11.yaml": (0.005, 0.98),
          "blind_child_words_12.yaml": (0.02, 0.76)}
BANDS = ("early", "young", "middle", "teen", "young_adult")


def _entries(words):
    def band(entry):
        return entry["band"].replace(" ", "_")
    clean = [{**e, "band": band(e)} for e in words.data["clean"]]
    planted = [{**e, "band": band(e)} for e in words.data["planted"]]
    return clean, planted


SETS = {name: WordSet(name) for name in GUARDS}


@pytest.mark.parametrize("name", GUARDS)
def test_the_set_is_whole(name):
    clean, planted = _entries(SETS[name])
    assert len(clean) == 240 and len(planted) == 80
    assert Counter(e["band"] for e in clean) == {band: 48 for band in BANDS}
    assert Counter(e["band"] for e in planted) == {band: 16 for band in BANDS}
    assert all(e["word"].lower() in e["text"].lower() for e in planted)


@pytest.mark.parametrize("name", GUARDS)
def test_blind_figures(name, capsys):
    words, (clean, planted) = SETS[name], _entries(SETS[name])
    max_false_flags, min_recall = GUARDS[name]
    flagged = [e for e in clean if words.notes(e)]
    missed = [e for e in planted if not caught(words.notes(e), e["word"], text=e["text"])]
    as_hard = sum(caught(words.notes(e), e["word"], system_words=False, text=e["text"]) for e in planted)
    false_flags, recall = len(flagged) / len(clean), 1 - len(missed) / len(planted)
    with capsys.disabled():  # figures only: never the sentences or the words
        print(f"\n[{name}, held out] false flags {false_flags:.1%} ({len(flagged)}/{len(clean)}), "
              f"recall {recall:.1%} ({len(planted) - len(missed)}/{len(planted)}; as a hard word "
              f"{as_hard}/{len(planted)})")
        for band in BANDS:
            print(f"  {band}: false flags {sum(e['band'] == band for e in flagged)}/48, "
                  f"missed {sum(e['band'] == band for e in missed)}/16")
    assert false_flags <= max_false_flags and recall >= min_recall
