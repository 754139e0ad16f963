"""Casualty phrases -> UCDP-style low / best / high, exactly as stated."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of
from truce.extract.casualties import bounds_of, find_figures
from truce.model import Casualties, EventType

C = Casualties


def exactly(n: int) -> Casualties:
    """A figure stated without qualifier: low, best and high are all ``n``."""
    return Casualties(low=n, best=n, high=n)


TABLE = [
    # phrase, fatalities, injuries
    ("at least 22 people were killed in the raid", C(low=22, best=22), None),
    ("Nobody was hurt, but the centre has suspended its services.", exactly(0), exactly(0)),
    # a live page's clock is no count: "09:35 - ..." (nor a headline's "17:27 Nine ...")
    ("09:35 - Gunmen shot dead a man as he left his house", exactly(1), None),
    ("17:27 Nine Civilians Killed in Regime Airstrikes on Rural Homs Today.", exactly(9), None),
    ("62 killed and about 100 wounded", exactly(62), C(best=100)),
    (
        "62 Syrian soldiers were killed and about 100 wounded",
        exactly(62),
        C(best=100),
    ),
    ("dozens of civilians were killed", C(low=24, best=24), None),
    ("the strike killed two children", exactly(2), None),
    ("killing at least 22 civilians", C(low=22, best=22), None),
    ("a dozen people died", exactly(12), None),
    ("around 20 civilians, including aid workers, were killed", C(best=20), None),
    ("18 of 31 trucks were destroyed and 20 people killed", exactly(20), None),
    ("between 10 and 15 people were killed", C(low=10, best=10, high=15), None),
    ("killing between four and six civilians", C(low=4, best=4, high=6), None),
    ("killed two and wounded three", exactly(2), exactly(3)),
    ("up to 30 people were wounded", None, C(best=30, high=30)),
    ("more than 300 people have been killed", C(low=300, best=300), None),
    ("the death toll rose to 1,200", exactly(1200), None),
    ("militiamen executed three detainees in the village", exactly(3), None),
    ("about 40 prisoners were executed", C(best=40), None),
    ("rocket shells hit the street, killing a child", exactly(1), None),
    ("a soldier was wounded by a sniper", None, exactly(1)),
    (
        "killing a local police commander and wounding his driver",
        exactly(1),
        exactly(1),
    ),
    ("a group of soldiers was killed", None, None),
    # a pair before the verb is read where it opens the sentence, not from a list's end
    ("a man and a woman were killed", exactly(2), None),
    ("The driver and a paramedic were injured; the patient was moved.", None, exactly(2)),
    ("killing a child and a woman", exactly(2), None),
    ("killing a woman and her daughter", exactly(2), None),
    # kin listed: one each, and their number
    ("a raid killed a man, his wife and their three children", exactly(5), None),
    ("killing a man, his wife and their daughter", exactly(3), None),
    ("the militants executed a shepherd and his two sons", exactly(3), None),
    ("killing a woman and her two children", exactly(3), None),
    ("killing a woman and two children and wounding five others", exactly(3), exactly(5)),
    ("killing the driver and a passenger", exactly(2), None),
    ("killing a woman and three of her children", exactly(4), None),
    ("wounding a woman and her two young sons", None, exactly(3)),
    (
        "killing a senior commander of the Kurdish-led Syrian Democratic Forces and his driver",
        exactly(2),
        None,
    ),
    ("killing a commander of the group and wounding his driver", exactly(1), exactly(1)),
    ("A farmer working in a nearby field was wounded", None, exactly(1)),
    ("unknown gunmen on a motorcycle shot dead a schoolteacher outside his home", exactly(1), None),
    (
        "the strike killed 5 and 12 others were wounded",
        exactly(5),
        exactly(12),
    ),
    ("dozens were treated for breathing difficulties", None, C(low=24, best=24)),
    # one toll of two groups, unless the second has a verb of its own
    ("killing five women and a child", exactly(6), None),
    ("killed at least 15 civilians and 27 fighters", C(low=42, best=42), None),
    (
        "killing 3 soldiers and 2 others were hurt",
        exactly(3),
        exactly(2),
    ),
    ("40 people suffered from suffocation", None, exactly(40)),
    (
        "At least 60 people, many of them children, were treated for choking",
        None,
        C(low=60, best=60),
    ),
    ("Two elderly women and a boy died overnight", exactly(3), None),
    ("Earlier, a shepherd and his two sons were killed", exactly(3), None),
    ("Five soldiers and two civilians were killed", exactly(7), None),
    # "both" counts two, unless it joins two kinds; one more told with its verb alone
    ("Both were killed.", exactly(2), None),
    ("killing both riders", exactly(2), None),
    ("indiscriminately killing both civilians and insurgents", None, None),
    ("Two shepherds were killed and a boy wounded", exactly(2), exactly(1)),
    (
        "killing five soldiers, and two civilians were hurt",
        exactly(5),
        exactly(2),
    ),
    ("killing between eight and 12 civilians", C(low=8, best=8, high=12), None),
    (
        "killing a woman and wounding her two sons",
        exactly(1),
        exactly(2),
    ),
    ("a sniper shot dead a woman", exactly(1), None),
    # where the person works, between the person and the verb
    ("A teacher at the boys' secondary school was shot dead by gunmen", exactly(1), None),
    ("A farmer was hit in the leg by a sniper's bullet", None, exactly(1)),
    # a monitor's own count, dead and wounded
    (
        "Our team puts the dead at between two and four soldiers and the wounded at no fewer "
        "than six",
        C(low=2, best=2, high=4),
        C(low=6, best=6, high=None),
    ),
    # kin beyond the household
    ("a tank shell hit a house and killed a woman and her grandson", exactly(2), None),
    # one person named, then described or aged; not two names, nor a place
    ("Gunmen shot dead Ahmad al-Masri, a member of the committee", exactly(1), None),
    (
        "Gunmen on a motorcycle shot dead Adnan al-Masri, 51, a member of the committee",
        exactly(1),
        None,
    ),
    # who they were, between the figure and its verb
    ("Two civilians, a woman and a teenage boy, were wounded in Saraqib", None, exactly(2)),
    ("Three soldiers, one of them an officer, were killed", exactly(3), None),
    ("and wounding Ferhad Mohammed Ali (24) on his way", None, exactly(1)),
    ("wounding its rider, the young man Ferhad Ali", None, exactly(1)),
    ("killing Omar Haj and Ali Haj, two brothers", None, None),
    ("shelling Kafr Nabl, a town in the south", None, None),
    ("shells fell, claiming the life of a teacher", exactly(1), None),
    ("a strike on 14 November possibly killed four civilians", exactly(4), None),
    ("at least 12 may have been killed", C(low=12, best=12), None),
    ("wounding a man and his 4 sons", None, exactly(5)),
    ("killing a woman and her two children and three others", None, None),  # more: not read
    ("injuring a female teacher and 19 others", None, exactly(20)),
    ("killing a girl and wounding her mother and two neighbours", exactly(1), exactly(3)),
    # the figure before an active verb with a victim after it is who did it
    ("Two gunmen on a motorcycle shot dead the co-chair of the council", exactly(1), None),
    ("Two gunmen killed a man in Tafas", exactly(1), None),
    ("8 killed a monitor said", exactly(8), None),  # (unpunctuated: no victim named after)
    ("Three killed two injured in blast", exactly(3), exactly(2)),
    # a day after its month is no count
    (
        "A bombing in the same square on July 25 killed at least seven people",
        C(low=7, best=7),
        None,
    ),
    ("* TUESDAY, DEC 8 - A farmer is shot dead by a sniper", exactly(1), None),
    ("Eight soldiers and at least five militants were killed", C(low=13, best=13), None),
    ("At least 16 civilians and three children have been killed", C(low=19, best=19), None),
    ("a bomb went off under his car, killing the car's owner", exactly(1), None),
    ("An elderly man was found dead under the stairwell", exactly(1), None),
    ("a rocket fell near a school, causing damage but no casualties", exactly(0), exactly(0)),
    # the total, whatever figure the group named after it has
    ("At least 287 IS fighters among them 26 minors had been killed", C(low=287, best=287), None),
    ("a man and a woman and a child were killed", None, None),
    ("eight civilians including a child and a woman were killed", exactly(8), None),
    (
        "seven people including four women and two children were killed",
        exactly(7),
        None,
    ),
    ("A father a mother and a son were killed", None, None),
    # a list of groups is their sum, unless it says who the people or civilians were
    ("Four policemen, two gunmen and a boy were killed", exactly(7), None),
    ("the blast killed three soldiers, five rebels and a nurse", exactly(9), None),
    ("the blast killed nine people, three women and six children", exactly(9), None),
    ("the blast killed 12 civilians, four children and a man among them", exactly(12), None),
    ("killing a number of people", None, None),
    ("a negotiator was shot dead at a checkpoint", exactly(1), None),
    ("Twelve soldiers were injured", None, exactly(12)),
    ("wounding five", None, exactly(5)),
    # the second verb has its own figure, not the first verb's (unless an auxiliary
    # makes both verbs the figure's)
    ("around 41 men were rounded up and executed", C(best=41), None),
    ("destroyed two vehicles and killed 10 fighters", exactly(10), None),
    (
        "mortar fire killed two people and wounded five",
        exactly(2),
        exactly(5),
    ),
    (
        "the raid killed one soldier and wounded two others",
        exactly(1),
        exactly(2),
    ),
    ("no one was killed", exactly(0), None),
    (
        "There were no casualties, local activists said",
        exactly(0),
        exactly(0),
    ),
    ("No casualties were observed", exactly(0), exactly(0)),
    # a log's shorthand
    (
        "Regime artillery is shelling the outskirts of Kansafra. No casualties reported.",
        exactly(0),
        exactly(0),
    ),
    (
        "Two citizens were martyred and nine others were injured",
        exactly(2),
        exactly(9),
    ),
    ("a real threat to sustain casualties", None, None),
    ("the army killed the militants", None, None),
    ("On December 6, 2015 four coalition warplanes hit the camp", None, None),
    ("In December 2016 three police officers were wounded", None, exactly(3)),
    # a figure with no digit, and a range written as one word
    ("twelve people were killed", exactly(12), None),
    (
        "Sixty-two soldiers were killed and twenty-four others were wounded",
        exactly(62),
        exactly(24),
    ),
    # persons in the plural, a list after one person
    (
        "a shell struck the clinic, wounding a nurse, a paramedic and two patients",
        None,
        exactly(4),
    ),
    ("a shell struck the clinic, killing a doctor and two nurses", exactly(3), None),
    # one more hurt, in a clause of its own after the dead
    (
        "The paramedic and the patient were killed and the driver was injured",
        exactly(2),
        exactly(1),
    ),
    # the gunmen are not the dead: a village's headman is who was shot
    ("two gunmen on a motorcycle shot dead the headman of a village", exactly(1), None),
    # "civilian" said of a person
    ("A civilian young man was martyred at dawn today", exactly(1), None),
    # a length is no toll
    ("clashes that lasted five hours, in which three fighters were martyred", exactly(3), None),
    # someone told of as not hurt: none wounded, nothing said of the dead
    ("She was released unharmed two days later", None, exactly(0)),
    ("Its driver was not hurt", None, exactly(0)),
    ("The council called for its staff to be freed unharmed", None, None),
    ("Khaled, twenty-three years old, was hit in the chest and died", None, None),  # an age
    ("The driver, 41 years old, was killed", None, None),
    ("fiveto7 people were killed", C(low=5, best=5, high=7), None),
    ("a dozento15 were wounded", None, C(low=12, best=12, high=15)),
    # one more, counted on from those named; a limb lost is a wound
    ("Three children were killed and a fourth was badly hurt", exactly(3), exactly(1)),
    ("killing two members of the SDF and wounding a third", exactly(2), exactly(1)),
    ("Shelling destroyed a third of the town", None, None),
    ("a 14-year-old boy lost a hand when a mortar bomb went off", None, exactly(1)),
    ("The fourth boy lost both legs", None, exactly(1)),
]


@pytest.mark.parametrize(("text", "fatalities", "injuries"), TABLE)
def test_casualty_phrases(text: str, fatalities: C | None, injuries: C | None) -> None:
    figures = find_figures(text)
    assert figures.fatalities == fatalities
    assert figures.injuries == injuries


def test_bounds_of_words() -> None:
    assert bounds_of(None, "hundreds") == C(low=200, best=200)
    assert bounds_of("nearly", "twenty") == C(best=20)
    assert bounds_of(None, "lots") is None


def test_a_toll_revised_down_corrects_the_first_a_risen_one_does_not() -> None:
    fixed = find_figures("Earlier reports of twelve dead were revised to nine after three of "
                         "the victims were found to have been counted twice.")  # fmt: skip
    assert (fixed.fatalities, fixed.revised) == (exactly(9), True)
    assert not find_figures("the toll rose to 17").revised


def test_a_lower_revised_toll_replaces_the_first_figure() -> None:
    lowered = (
        "An air strike on the market in Talbiseh on Sunday killed twelve people, activists "
        "said. On Monday rescuers lowered the death toll to nine, saying three of the dead had "
        "been counted twice."
    )
    risen = (
        "An air strike on the market in Ariha on Sunday killed 24 people, activists said. On "
        "Tuesday the Observatory revised its toll to 29, saying several of the wounded had "
        "died overnight."
    )
    (strike,) = reports_of(lowered, dt.date(2017, 9, 12))
    assert strike.fatalities == exactly(9)
    (strike,) = reports_of(risen, dt.date(2017, 9, 12))
    assert strike.fatalities == exactly(24)


def test_a_wires_toll_opening_the_next_paragraph_is_its_leads() -> None:
    body = (
        "HASAKAH, Syria, Jan 21 (Test Wire) - Islamic State fighters stormed the prison in "
        "Hasakah late on Thursday and battled its guards through the night.\n\n"
        "At least 23 people were killed, among them 14 attackers and seven guards, the Syrian "
        "Observatory for Human Rights said on Friday."
    )
    (assault,) = reports_of(body, dt.date(2022, 1, 21), "Islamic State attacks Hasakah prison")
    assert assault.type is EventType.ARMED_CLASH
    assert assault.fatalities is not None and assault.fatalities.low == 23


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        # two groups after the words of saying, each of several words
        ("The Observatory said at least 31 Islamic State fighters and 12 SDF fighters had been "
         "killed in the final push.", 43, None),
        ("It counts four soldiers and two rebel fighters killed so far.", 6, 6),
        # the victims of a murder or a beheading
        ("On Monday the terrorists murdered three of the hostages, two cooks and a nurse.",
         3, 3),
        ("Islamic State had beheaded two men in the main square of al-Mayadin.", 2, 2),
    ],
)  # fmt: skip
def test_the_dead_counted_or_named_by_how_they_died(
    sentence: str, low: int, high: int | None
) -> None:
    killed = find_figures(sentence).fatalities
    assert killed is not None and (killed.low, killed.high) == (low, high)
