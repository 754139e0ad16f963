"""Kinds of incident and what is no new one (trends, running counts, history, terms not
carried out), in wordings and readings taken from blind batches once they were released
for tuning (each a general rule, checked on sentences written for this test, not on the
batches' own)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of
from truce.extract import rules_only_extractor
from truce.ingest import document_from_text
from truce.model import Report
from truce.pipeline import extract_document

PUBLISHED = dt.date(2015, 6, 11)  # a Thursday


def _reports(body: str) -> list[Report]:
    return reports_of(body, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # sorties flown and strikes counted in a release are from the air
        ("The air force flew intensive sorties against terrorist hideouts around Tell Salmo.",
         "air_strike"),
        ("The coalition said it had conducted nine strikes near Hasakah on Tuesday.",
         "air_strike"),
        ("Near Kobani, three strikes destroyed an ISIL tactical unit and two vehicles.",
         "air_strike"),
        # an aircraft brought down, told as "shot it down"
        ("Rebels targeted a government helicopter over Kafr Nabudah and shot it down.",
         "shelling"),
        # ground taken, and the fight for it
        ("Islamist fighters overran the main army compounds in Idlib city on Saturday.",
         "armed_clash"),
        ("The two sides have been fighting since first light around the grain silos.",
         "armed_clash"),
        ("An armoured vehicle fired its heavy machine gun at the rebel positions near the dam.",
         "armed_clash"),
        ("The factions took the hilltop on Wednesday after two days of fighting.",
         "armed_clash"),
        # people taken: observers held, civilians forced into vehicles or taken as shields
        ("Twelve observers of the mission were detained by gunmen near Khan Shaykhun.",
         "abduction"),
        ("Militants forced dozens of villagers into waiting trucks before pulling out.",
         "abduction"),
        ("When they left, the jihadists took some 1,500 residents with them as human shields.",
         "abduction"),
        ("Gunmen took away the head of the local council and two clerks from their homes at night.",
         "abduction"),
        # one day's raids on one place, counted: raids, not a count of breaches
        ("Government warplanes have struck Masharah at least six times since morning.",
         "air_strike"),
        # the act a side says it answered is not the sentence's own
        ("The group said its artillery had shelled army positions near Saraqeb in response to "
         "what it called the bombardment of villages.", "shelling"),
        # people of a post or a body seized: taken, not ground
        ("Masked gunmen seized a member of the local council outside his home at dawn.",
         "abduction"),
        ("The militants seized 32 of the prison's guards and held them as hostages.",
         "abduction"),
        ("Three General Security members were seized by gunmen at a checkpoint near Jableh.",
         "abduction"),
        ("Rebels seized two army positions near the town on Monday.", "armed_clash"),
        # artillery that backs a ground attack is not the act
        ("Rebel fighters backed by Turkish artillery fought their way back into Saraqeb on "
         "Thursday.", "armed_clash"),
        ("Hezbollah fighters tried to storm the western districts under heavy artillery cover.",
         "armed_clash"),
        ("Turkish artillery pounded the village of Tell Rifaat on Monday.", "shelling"),
        # an aid vehicle held at a checkpoint
        ("A Red Crescent ambulance taking three wounded civilians towards the border gate was "
         "held for two hours at a rebel checkpoint.", "aid_access"),
        # a convoy of a side, or of civilians, hit from the air: a strike, not an aid incident
        ("Russian warplanes struck an Islamic State convoy on the road to al-Mayadin.",
         "air_strike"),
        ("A Turkish drone struck a convoy of civilians driving to the dam on Wednesday.",
         "air_strike"),
        ("Warplanes struck a Turkish Red Crescent convoy near Azaz on Monday.", "aid_access"),
        # vehicles driven off
        ("Armed men were seen driving three aid trucks and a generator away from the depot.",
         "looting_destruction"),
        # agreements made just now, and terms met or not
        ("An elder told us a deal was reached overnight under which the besieged fighters would "
         "leave.", "ceasefire_announced"),
        ("The new truce was signed on Monday by the two sides' commanders.",
         "ceasefire_announced"),
        ("Two joint checkpoints were set up on the road on Tuesday.", "commitment"),
        ("Under the truce, the brigade was to hand back the seized tanks, but none has been "
         "returned.", "commitment"),
        # from the ws*-wu* batches: ways forced in, vehicles driven at a line packed with
        # explosives, fights that lasted, improvised shells, raids counted
        ("Jihadist fighters forced their way into the northern quarter on Sunday.",
         "armed_clash"),
        ("They drove a truck laden with explosives at the checkpoint on the bridge.",
         "suicide_bomb"),
        ("The militiamen fought the attackers all night in the olive groves.", "armed_clash"),
        ("The rebels fired cooking-gas cylinders at the Midan district on Monday.", "shelling"),
        ("Government jets carried out at least nine raids at dawn near Kafr Zita.",
         "air_strike"),
        ("It sent a swarm of small armed drones against the base at Hmeimim.", "air_strike"),
        # sites blown up or set alight as their holders left, camps overrun, people taken
        ("Retreating troops blew up the water tower and set fire to the clinic.",
         "looting_destruction"),
        ("The alliance overran the army camp south of the city on Tuesday.", "armed_clash"),
        ("Residents said the gunmen had taken away about 30 villagers.", "abduction"),
        # a truce agreed through a go-between, told at length; passage refused
        ("We agreed with the officers, through a volunteer who could reach them by telephone "
         "from the church, on a six-hour truce.", "ceasefire_announced"),
        ("Under the deal, wounded fighters were to leave, but not one has been let through the "
         "crossing.", "commitment"),
        # truces made, accepted, signed up to or arranged; pledges to stop; freezes in force
        ("Rebels and the army reached a truce on Tuesday under which the fighters would leave.",
         "ceasefire_announced"),
        ("The opposition accepted the truce on Saturday.", "ceasefire_announced"),
        ("The rebel commanders signed up to the ceasefire on Saturday.", "ceasefire_announced"),
        ("A local ceasefire was arranged on Thursday through tribal elders.",
         "ceasefire_announced"),
        ("The envoy said Damascus had agreed to halt its bombardment of the city for six weeks.",
         "ceasefire_announced"),
        ("The freeze came into force on Monday.", "ceasefire_announced"),
        # truces given up, and terms still unmet
        ("The UN said on Monday the freeze plan was no longer on the table.",
         "ceasefire_declared_over"),
        ("The rebels pulled out of the agreement on Monday.", "ceasefire_declared_over"),
        ("The rebels said they no longer considered themselves bound by the truce.",
         "ceasefire_declared_over"),
        ("Government forces still hold the positions they were to leave under the plan.",
         "commitment"),
        ("The local council has yet to honour its undertaking to reopen the bakery.",
         "commitment"),
        ("Moscow has yet to fulfil its pledge of an air corridor for the enclave.",
         "commitment"),
        # captives freed in groups, men released; rounds that have fallen somewhere
        ("Church officials say a second group of the captives has been freed.", "commitment"),
        ("We released all eleven of their men on Sunday at the brigade's office.",
         "commitment"),
        ("Two mortar rounds have fallen near the school in Jaramana, wounding a pupil.",
         "shelling"),
        # ground combat in the words of war reporting
        ("Rebels expelled government troops from the hilltop on Monday.", "armed_clash"),
        ("Rebels launched a counter-attack on the town on Friday.", "armed_clash"),
        ("The army laid siege to the town on Monday.", "armed_clash"),
        ("Government forces made advances in the countryside on Thursday.", "armed_clash"),
        ("Rebels engaged government troops near the dam on Wednesday.", "armed_clash"),
        ("An army offensive on the town began on Sunday.", "armed_clash"),
        ("The rebels retreated from the town after a heavy assault on Monday.", "armed_clash"),
        ("Rebel fighters came under heavy attack near the dam on Sunday.", "armed_clash"),
        ("The two sides exchanged gunfire in the old market on Friday.", "armed_clash"),
        # armed men attacking armed men's positions; a town overrun by name
        ("At dusk the gangs attacked the council's positions on the hill.", "armed_clash"),
        ("Rebels overran Kafr Nabudah on Tuesday.", "armed_clash"),
    ],
)  # fmt: skip
def test_kind_of_incident(sentence: str, kind: str) -> None:
    assert [r.type.value for r in _reports(sentence)] == kind.split()


@pytest.mark.parametrize(
    "sentence",
    [
        # sorties that support, scout or train are no strike
        "The coalition flew hundreds of sorties in support of the ground forces.",
        "Russian jets carried out reconnaissance sorties over the border.",
        # a crowd storming an embassy is no battle
        "Protesters overran the embassy compound on Monday.",
        # a side's account of what it aims at is no act
        "The brigade said its fighters fired only at army positions.",
        # a town under siege named so, troops entering a town its fighters left, talks
        "A UN convoy reached the besieged town of Madaya on Wednesday.",
        "The two sides made progress in the talks on Monday.",
        "An aid convoy entered Madaya on Tuesday.",
        # the terms of a deal, nothing said of how they were kept
        "Under the deal, the brigade was to hand back the seized tanks within a week.",
        # a call to refrain from attacks
        "The ICRC calls on all parties to allow the safe and unimpeded passage of medical "
        "supplies and to refrain from attacks on civilians and on medical personnel.",
        # a bomb found and made safe, hazards left behind: nothing went off
        "A car packed with explosives was discovered near the market of Azaz on Monday and "
        "defused by police.",
        "Government officials said the quarter was not yet safe because of booby traps left "
        "in the houses.",
        "Their advance has been slowed in the past month because of landmines planted by the "
        "militants, who are also fighting back.",
        # a place long contested; a war of decades ago
        "Deir Hafer has been fought over before.",
        "Israel seized the Golan Heights from Syria in the 1967 Middle East war.",
    ],
)
def test_what_is_no_new_incident(sentence: str) -> None:
    assert _reports(sentence) == []


@pytest.mark.parametrize(
    "body",
    [
        # another act later that day, at a quarter the gazetteer lacks
        "Government helicopters dropped barrel bombs on a hospital in Aleppo early on Tuesday, "
        "killing four people, a monitor said.\n\nLater on Tuesday, an air strike hit a queue "
        "outside a bakery in the Bab Qinnasrin quarter, killing six, rescuers said.",
        # more acts by the same side, told with "also"
        "Israeli strikes hit army positions south of Damascus on Monday, killing two soldiers, "
        "state media said.\n\nSince the early hours, Israeli aircraft have also carried out "
        "dozens of raids on army units around the capital.",
    ],
)
def test_an_act_told_as_later_or_as_more_is_another(body: str) -> None:
    first, second = reports_of(body, dt.date(2019, 5, 22))
    assert first.type == second.type
    assert first.evidence[0].start != second.evidence[0].start


def test_ground_retaken_after_a_night_of_fighting_is_a_clash_with_its_toll() -> None:
    strike, clash = reports_of(
        "Government jets struck rebel positions in the hills near Jisr al-Shughur on "
        "Thursday.\n\nArmy units retook the road between the two towns on Friday after "
        "fighting through the night, a military source said, adding that at least 12 gunmen "
        "were killed.",
        dt.date(2019, 5, 22),
    )
    assert (strike.type.value, clash.type.value) == ("air_strike", "armed_clash")
    assert clash.fatalities is not None and clash.fatalities.low == 12


def test_the_lexicon_reads_a_strike_delivered() -> None:
    """The Russian defence ministry's "delivered a strike", read by the rules themselves
    (the learned fallback would otherwise guess it)."""
    document = document_from_text(
        "Aircraft of the Russian Aerospace Forces delivered a strike with high-precision "
        "weapons on the launch area near Kafr Nabl.",
        fmt="text",
        published=PUBLISHED,
    )
    (strike,) = extract_document(document, extractor=rules_only_extractor()).reports
    assert (strike.type.value, strike.actors) == ("air_strike", ["russia"])


def test_an_act_repeated_is_another() -> None:
    first, again = _reports(
        "A Turkish drone struck a car near Sarrin on Monday, killing two men. The drone struck "
        "again about twenty minutes later, hitting an ambulance that had come for the wounded."
    )
    assert (first.type.value, again.type.value) == ("air_strike", "air_strike")


def test_an_act_later_in_the_day_is_dated_by_the_one_before() -> None:
    first, later = _reports(
        "At dawn on Tuesday a suicide bomber blew up a car at the border gate of Kobani.\n\n"
        "Later in the day, coalition aircraft carried out four strikes on the gangs' positions "
        "east of the town."
    )
    assert later.date.start == later.date.end == first.date.start == dt.date(2015, 6, 9)


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # the past told in a clause of its own does not make a dated act history
        ("Government forces captured the Abu al-Duhur air base on Saturday, retaking an "
         "airfield they lost to jihadists more than two years ago.", ["armed_clash"]),
        # but an act the sentence dates in the past story is history
        ("Government forces captured the air base more than two years ago.", []),
    ],
)  # fmt: skip
def test_history_in_a_clause_of_its_own(sentence: str, kinds: list[str]) -> None:
    assert [r.type.value for r in _reports(sentence)] == kinds


def test_an_act_the_same_night_is_another_by_the_side_before() -> None:
    market, hospital = _reports(
        "Government helicopters dropped barrel bombs on the market of the town on Monday, "
        "killing six people.\n\nThe same night they bombed the maternity hospital on the "
        "western side of the town."
    )
    assert (market.actors, hospital.actors) == (["syrian-government"], ["syrian-government"])
    assert hospital.date.start == market.date.start


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # bombs dropped are an act, not a trend ...
        ("Government helicopters have dropped two barrel bombs on a street of shops in "
         "al-Shaar.", ["air_strike"]),
        # ... but strikes that have dropped are one, as is a tally of bombs since a day
        ("Air strikes on the city have dropped sharply since the truce.", []),
        ("Since the envoy announced the pledge, helicopters have dropped more than 230 barrel "
         "bombs on the city.", []),
        # a dated act stands before a running count in a "where" clause of its own ...
        ("Fighting between government forces and rebels flared again on Monday around the "
         "Mallah farms, north of the city, where the Observatory says 23 fighters have been "
         "killed since.", ["armed_clash"]),
        # ... but an undated one is the count's background
        ("Fighting goes on around the Mallah farms, where 23 fighters have been killed "
         "since.", []),
        # acts that go on, or come as a habit, are no new act (but a day's toll, "the highest
        # daily toll", is that day's act)
        ("And the shelling of the old city goes on.", []),
        ("Regime helicopters bomb the villages of the plain almost daily.", []),
        ("Weeks of air strikes and shelling followed.", []),
        ("At least 40 civilians were killed in air strikes on Douma on Monday, the highest "
         "daily toll this year.", ["air_strike"]),
    ],
)  # fmt: skip
def test_acts_against_trends_and_running_counts(sentence: str, kinds: list[str]) -> None:
    assert [r.type.value for r in _reports(sentence)] == kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Red Crescent volunteers say two of their ambulances trying to reach the wounded in "
        "al-Rastan were held for three hours at an army checkpoint.",
        "Last week a Nusra Front checkpoint at the entrance to the city held one of our "
        "ambulances for five hours.",
        "On 14 October a SARC convoy of four trucks carrying food was not permitted to pass "
        "the government checkpoint at the entrance of Moadamiyet al-Sham.",
        "The ICRC said on Sunday that a team with the Syrian Arab Red Crescent had again been "
        "unable to enter the old city of Homs.",
        # a wait at a checkpoint that ended outside, buses of the Red Crescent held
        "Two Red Crescent ambulances waited five hours at the army checkpoint outside Talbiseh "
        "on Monday and were not let in.",
        "A convoy of twelve trucks with flour waited most of Sunday at the last checkpoint "
        "before the town, where officers read every manifest twice, before it was sent back.",
        "Eleven Red Crescent buses have been held for three hours at a checkpoint on the "
        "airport road.",
        # medics kept from the wounded
        "Activists said soldiers had prevented Red Crescent medics from evacuating the wounded "
        "from the old quarter on Monday.",
        # a clinic stopped; aid kept waiting or held; trucks stopped and sent back
        "Gunmen at a checkpoint near Douma stopped a mobile clinic of a local charity on Tuesday.",
        "Twenty aid trucks have been waiting at the Bab al-Hawa crossing since Monday.",
        "Gunmen at a checkpoint outside Azaz have held nine aid trucks since Sunday.",
        "Militants at a checkpoint near Mayer stopped four trucks loaded with flour and "
        "medicines sent by the Red Crescent to the besieged towns and forced them to turn back.",
    ],
)
def test_aid_held_kept_out_or_not_let_pass(sentence: str) -> None:
    assert [r.type.value for r in _reports(sentence)] == ["aid_access"]


def test_the_wounded_sent_back_at_a_crossing_are_civilians_kept_from_care() -> None:
    (kept,) = _reports(
        "On Friday eight wounded civilians from Sheikh Maskin waited six hours at the Tal "
        "Shihab crossing point and were sent back."
    )
    assert (kept.type.value, kept.targets) == ("aid_access", ["civilians"])


def test_fire_on_a_funeral_at_another_place_is_its_own_act_not_the_last_one_s_toll() -> None:
    held, funeral = _reports(
        "13:30 - Red Crescent volunteers say two of their ambulances were held for three hours "
        "at an army checkpoint near al-Rastan.\n\n15:10 - In Hama, activists say the security "
        "forces opened fire on a funeral procession after midday prayers, killing at least four "
        "people."
    )
    assert (held.type.value, funeral.type.value) == ("aid_access", "attack_on_civilians")
    assert funeral.actors == ["syrian-government"] and funeral.fatalities is not None
    assert funeral.fatalities.low == 4 and held.fatalities is None


def test_a_toll_at_a_place_of_its_own_is_not_the_last_paragraph_s_act() -> None:
    held, killed = _reports(
        "13:30 - Red Crescent volunteers say two of their ambulances were held for three hours "
        "at an army checkpoint near al-Rastan.\n\n15:10 - In Hama, activists say at least four "
        "people were killed when security forces attacked a funeral procession."
    )
    assert held.fatalities is None and killed.place.name == "Hama"
    assert killed.fatalities is not None and killed.fatalities.low == 4


def test_a_truce_no_longer_binding_is_over_though_operations_would_resume() -> None:
    (over,) = _reports(
        "The rebels' joint command announced on Monday that it was no longer bound by the "
        "ceasefire and would resume operations against government forces."
    )
    assert over.type.value == "ceasefire_declared_over" and over.flags == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Not one tank has left al-Rastan.",
        "Nor has the government kept its promise on detainees.",
        "The envoy said government forces had failed to pull their heavy weapons out of "
        "population centres.",
    ],
)
def test_terms_not_carried_out(sentence: str) -> None:
    assert [r.type.value for r in _reports(sentence)] == ["commitment"]


def test_a_second_term_broken_is_tracked_on_its_own() -> None:
    weapons, detainees = _reports(
        "The envoy said government forces had failed to pull their heavy weapons out of "
        "population centres. Nor has the government kept its promise on detainees."
    )
    assert weapons.actors == detainees.actors == ["syrian-government"]


def test_a_term_carried_out_in_implementation_of_commitments_is_the_subject_s() -> None:
    (withdrawal,) = _reports(
        "In implementation of its commitments, the Syrian Arab Army has withdrawn its units "
        "from the cities of Idlib and Daraa and returned them to their barracks."
    )
    assert (withdrawal.type.value, withdrawal.actors) == ("commitment", ["syrian-government"])


def test_a_resolution_s_term_met_is_placed_where_they_came_into_not_from() -> None:
    (arrived,) = _reports(
        "Under the framework agreement, the chemical arsenal is to be destroyed by mid-2014. "
        "The first inspectors drove into Damascus from Beirut on 1 October, as Security Council "
        "resolution 2118 required."
    )
    assert (arrived.type.value, arrived.place.name) == ("commitment", "Damascus")


def test_the_side_hit_firing_back_is_an_act_of_its_own() -> None:
    hit, reply = _reports(
        "On Thursday shells landed close to the perimeter of the Turkish post, wounding two "
        'Turkish soldiers. The Turkish General Staff blamed "regime elements" and said its '
        "artillery had returned fire."
    )
    assert hit.targets == ["turkey"] and hit.injuries is not None and hit.injuries.low == 2
    assert (reply.type.value, reply.actors, reply.targets) == (
        "shelling",
        ["turkey"],
        ["syrian-government"],
    )


def _rules_only(body: str) -> list[Report]:
    """The rules' reading alone (the learned fallback may guess some of these sentences)."""
    document = document_from_text(body, fmt="text", published=PUBLISHED)
    return list(extract_document(document, extractor=rules_only_extractor()).reports)


def test_a_tunnel_packed_with_explosives_blown_up_is_a_bomb() -> None:
    (bomb,) = _rules_only(
        "On Monday rebels blew up a tunnel packed with explosives beneath an army position on "
        "the edge of the district."
    )
    assert (bomb.type.value, bomb.actors) == ("remote_explosive", ["opposition"])


def test_units_driven_out_of_a_town_were_fought() -> None:
    (driven,) = _rules_only(
        "Government troops and Hezbollah fighters drove the last Southern Front units out of "
        "Sheikh Maskin on Monday."
    )
    assert (driven.type.value, driven.actors, driven.targets) == (
        "armed_clash",
        ["syrian-government", "hezbollah"],
        ["opposition"],
    )


def test_a_plane_that_destroyed_a_tank_struck_from_the_air() -> None:
    (strike,) = _rules_only(
        "On Sunday a coalition plane destroyed a Daesh tank that was shelling us from a hill "
        "outside Sarrin."
    )
    assert (strike.type.value, strike.actors, strike.targets) == (
        "air_strike",
        ["us-led-coalition"],
        ["isis"],
    )


def test_a_local_truce_with_the_army_declared_over() -> None:
    over = _reports(
        "In Dael, the town's factions declared their local truce with the army over on "
        "Thursday, accusing government forces of shelling the western quarter of the town."
    )[0]
    assert (over.type.value, over.actors) == ("ceasefire_declared_over", ["opposition"])


def test_a_ground_attack_with_tanks_and_mortars_is_a_clash() -> None:
    (attack,) = _rules_only(
        "At four in the morning about 300 fighters of Jabhat al-Nusra attacked our positions "
        "in the eastern districts with two tanks, an armoured personnel carrier and mortars."
    )
    assert (attack.type.value, attack.actors) == ("armed_clash", ["jfs"])


def test_a_red_crescent_team_turned_back_was_kept_out_by_who_held_the_checkpoint() -> None:
    (kept,) = _rules_only(
        "On Saturday, Hezbollah fighters at the checkpoint outside Madaya turned back a Red "
        "Crescent team that had come to vaccinate children."
    )
    assert (kept.type.value, kept.actors, kept.targets) == (
        "aid_access",
        ["hezbollah"],
        ["aid-workers"],
    )


def test_engineers_killed_clearing_a_building_are_news_not_routine_clearance() -> None:
    (blast,) = _reports(
        "On Tuesday, an explosive device left in a building in the eighth sector killed two "
        "army engineers who were clearing it, state television reported."
    )
    assert blast.type.value == "remote_explosive" and blast.fatalities is not None
    assert _reports("Army engineers spent Tuesday clearing mines from the road.") == []


def test_the_year_an_agreement_was_reached_is_not_the_charge_s() -> None:
    (charge,) = _reports(
        "The General Command affirms that these terrorist groups have violated the settlement "
        "agreement reached in the province in 2018 more than thirty times this month."
    )
    assert charge.type.value == "violation_accusation"
    assert charge.date.start is not None and charge.date.start.year == PUBLISHED.year


def test_terms_told_after_the_agreement_s_colon_are_its_content() -> None:
    (deal,) = _reports(
        "On 9 March its notables reached an understanding with the security command: gunmen "
        "would hand over their weapons, and government forces would enter the town only with "
        "local guides."
    )
    assert deal.type.value == "ceasefire_announced"
