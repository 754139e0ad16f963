"""Kinds of incident and what is no incident, in wordings the blind batches y and z
showed (each a general rule, checked on sentences written for this test)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.texts import reports_of, stances_of
from truce.model import Report

PUBLISHED = dt.date(2019, 11, 28)  # a Thursday


def _reports(body: str) -> list[Report]:
    return reports_of(body, PUBLISHED, "Syria update")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("On 9 September, Russia and Turkey signed a memorandum in Sochi to halt all fire "
         "along the M4 between Tal Tamr and Ain Issa.", "ceasefire_announced"),
        ("On Tuesday, government forces and rebel factions agreed through the International "
         "Committee of the Red Cross to hold their fire around the station for 72 hours.",
         "ceasefire_announced"),
        ("The General Command of the Army announces the end of the truce in the northern "
         "countryside of Homs.", "ceasefire_declared_over"),
        ("Not a single wounded person was brought out of Eastern Ghouta on Tuesday, aid "
         "workers said.", "aid_access"),
        ("Russia's defence minister announced on Monday that the guns would fall silent in "
         "Eastern Ghouta every day from 9 a.m. to 2 p.m.", "ceasefire_announced"),
        ("On Sunday evening, gunmen drew level with his car near Tafas and raked it with "
         "automatic fire.", "attack_on_civilians"),
        ("28 March: Rebels storm an army checkpoint on the edge of Khan Arnabeh at dawn.",
         "armed_clash"),
        # aid turned back, a patrol an agreement asks for, a deadline let pass
        ("On Tuesday, guards at the crossing turned back our lorry of baby milk and "
         "antibiotics.", "aid_access"),
        ("Soldiers at the Kafr Laha checkpoint turned away a Red Crescent ambulance on Monday.",
         "aid_access"),
        ("Russian and Turkish troops mounted a coordinated patrol east of Kobani on Monday.",
         "commitment"),
        ("The 72 hours ran out on Sunday without a single bag of flour reaching the camp.",
         "commitment"),
        # a sniper's bullet, fire on a family's car, a van stolen, a precision strike
        ("A farmer was martyred on Monday by the bullet of a sniper near Kanakir.",
         "attack_on_civilians"),
        ("Soldiers at the checkpoint near Tasil opened fire on a car carrying a family on "
         "Monday.", "attack_on_civilians"),
        ("Gunmen had stolen a clinic's ambulance in Kafr Takharim on Monday.",
         "looting_destruction"),
        ("U.S. aircraft conducted a precision strike near al-Mayadin on Monday.", "air_strike"),
        # a withdrawal promised and not made, or made as required
        ("Ankara said on Monday that YPG fighters had never left Tal Rifaat as Moscow had "
         "promised.", "commitment"),
        ("The army has not withdrawn a single one of its tanks from Tasil, the committee said on "
         "Monday.", "commitment"),
        ("The last YPG advisers left Manbij on Monday, as the roadmap requires.", "commitment"),
        ("A truce between the army and the factions of Rastan entered into force at noon on "
         "Monday.", "ceasefire_announced"),
        # an evacuation carried out, aid delivered inside the deadline
        ("On Monday, 312 people, including some 90 fighters, left Madaya on 11 buses.",
         "commitment"),
        ("On Monday, 14 trucks carrying flour and medicines entered Madaya, within the deadline.",
         "commitment"),
        ("Putin and Erdogan announce a ceasefire in Idlib from midnight.", "ceasefire_announced"),
        # terms unmet: promises not kept, detainees not freed, a withdrawal required
        ("Promises to send the soldiers back, made at a meeting with the governor in July, had "
         "not been kept by Monday.", "commitment"),
        ("The army has yet to free any of the 30 detainees, a clan negotiator said on Monday.",
         "commitment"),
        ("Ankara said on Monday that the YPG never left Manbij, although the Sochi memorandum "
         "required it to withdraw.", "commitment"),
        # a deal struck with a party, operations suspended for a pause
        ("On Monday the committee reached an agreement with the government's security "
         "committee in Daraa.", "ceasefire_announced"),
        ("On Monday its notables reached an understanding with the security command.",
         "ceasefire_announced"),
        ("On Monday our forces suspended military operations for twelve hours.",
         "ceasefire_announced"),
        # hostilities broken out, a city's liberation completed
        ("Late on Monday, hostilities broke out between government forces and the Asayish "
         "around checkpoints in Sheikh Maqsoud.", "armed_clash"),
        ("On Monday, army units completed the liberation of the city of Palmyra.",
         "armed_clash"),
        # armed men firing on a post with small arms, whatever lies between
        ("On Monday night, militants opened fire with machine guns from the old market of "
         "Tafas on a checkpoint of government troops.", "armed_clash"),
        ("Gunmen fired rocket-propelled grenades at a Fourth Division checkpoint near Tafas "
         "on Monday.", "armed_clash"),
        ("At dawn on Monday, a terrorist group attacked one of our military checkpoints near "
         "Tafas.", "armed_clash"),
        # an ambulance named by its society, a team named by its work
        ("On Monday, an ambulance of the Syrian Arab Red Crescent (SARC) came under gunfire "
         "near Tafas.", "aid_access"),
        ("On Monday, an inter-agency team travelling to Tafas was turned back at a checkpoint.",
         "aid_access"),
        ("On 12 May, fires broke out in wheat and barley fields around Az-Ziyara.",
         "looting_destruction"),
        # (an ambulance hit is an aid incident, whoever runs it, as yl03's annotator reads it)
        ("On 13 May, an ambulance operated by a humanitarian partner was struck by a guided "
         "missile near Kafr Nabudah.", "aid_access"),
        ("A bomb hit a Russian armoured vehicle of a joint patrol near Saraqib on Monday.",
         "remote_explosive"),
        ("HTS said its snipers had killed three soldiers near Kafranbel last week.",
         "armed_clash"),
        ("Its security men detained a media activist, Omar al-Khatib, at a checkpoint in Jisr "
         "al-Shughur on Monday.", "abduction"),
        ("On 21 May the army's General Command announced that its troops had taken the last "
         "streets of al-Hajar al-Aswad.", "armed_clash"),
        ("Residents say pro-government militiamen have begun ransacking homes in Yarmouk.",
         "looting_destruction"),
        ("On 5 May, armed men detained four Palestine refugees at a crossing point near Yalda.",
         "abduction"),
        ("Former fighters said the detentions broke the settlement.", "violation_accusation"),
        ("A temporary truce agreed on 1 July between the armed opposition factions of the south "
         "and Russian officers brought three days of calm.", "ceasefire_announced"),
        ("Rebel negotiators and Russian officers reached the deal for Daraa al-Balad on Thursday.",
         "ceasefire_announced"),
        ("Last Thursday rebel factions in Quneitra province agreed with Russian officers to hand "
         "over their heavy weapons.", "ceasefire_announced"),
        ("On 6 July, units of the Syrian Arab Army established control over the Nasib "
         "checkpoint.", "armed_clash"),
        ("On 3 July, soldiers at the checkpoint on the edge of Izra held our truck of surgical "
         "supplies for six hours.", "aid_access"),
        ("On 7 July, the armed formations of Busra al-Sham handed over to units of the Russian "
         "military police four tanks, two infantry fighting vehicles and 11 mortars.",
         "commitment"),
        ("Two weeks on, the government has yet to free a single one of the detainees it promised "
         "to release.", "commitment"),
        # quotation marks do not hide an act
        ('SANA said rockets fired by "terrorists" had hit the town of al-Suqaylabiyah on '
         "Monday.", "shelling"),
        # who an evacuation carries, named after what carries them
        ('Nine buses carrying terrorists of the so-called "Jabhat al-Nusra" and members of their '
         "families left the camp late on Monday.", "commitment"),
        ("The last convoy of opposition fighters and their families left Babbila on Monday.",
         "commitment"),
        ("A quarrel over a canal in al-Busayrah grew into gunfights that lasted from 3 to 5 "
         "October.", "armed_clash"),
        # aircraft that killed struck from the air
        ("Jets thought to be Russian killed 14 civilians near al-Bukamal on Monday.",
         "air_strike"),
        # people detained, told in the passive with who detained them
        ("The charity called for the release of three of its nurses, who were detained by "
         "government security forces at the crossing on Monday.", "abduction"),
        # a bomb-laden vehicle
        ("Nine civilians were martyred yesterday in a bomb-laden vehicle attack near the "
         "vegetable market in Resulayn.", "remote_explosive"),
        # a drone that destroyed something struck it
        ("Late on Monday an armed drone destroyed a pick-up truck on the road south of Kobani.",
         "air_strike"),
        ("Armed men in a car without plates reportedly took a pharmacist from his shop in "
         "Binnish on Monday.", "abduction"),
        ("An explosive device hidden in the saddlebag of a motorbike blew up outside a bakery "
         "in Qamishli on Monday.", "remote_explosive"),
        ("Rockets fired by rebel factions from the al-Ghab plain slammed into a street of "
         "al-Suqaylabiyah late on Sunday.", "shelling"),
        ("On Saturday gunmen seized four members of the security forces at a roadblock near "
         "Ariqa.", "abduction"),
        ("Heavy machine-gun and mortar fire exchanged between army positions and rebel "
         "fighters near Afis on Saturday.", "armed_clash"),
        ("At dawn, groups of fighters attempted to infiltrate towards Hoshan under cover of "
         "Turkish artillery.", "armed_clash"),
        ("Druze factions and security forces agreed on Monday to a truce, ending almost a week "
         "of tit-for-tat kidnappings in Suwayda.", "ceasefire_announced"),
        ("22 March: The ten-day deadline for freeing the 20 detainees passes without a single "
         "release, rebel officials in Quneitra say.", "commitment"),
        ("A UN convoy of 28 trucks crossed into Idlib province on Thursday after being held up "
         "for five days at the Bab al-Hawa crossing, the UN said.", "aid_access"),
        ("On 6 December, a SARC convoy of nine trucks carrying blankets, winter clothes and "
         "heating fuel for displaced families in Tall Refaat was held for six hours at a "
         "checkpoint near Nabul.", "aid_access"),
        ("Rebel commanders in Barzeh suspended a deal to evacuate fighters and their families "
         "on Tuesday.", "ceasefire_declared_over"),
        # the main clause's truce, not the shelling a monitor reported after it
        ("A ceasefire in Idlib came into force on Friday, but a war monitor reported shelling "
         "in the south of the province within hours.", "ceasefire_announced"),
        ("The agreement between the Barzeh rebels and the government, reached last Thursday "
         "with Russian officers acting as mediators, ended weeks of clashes.",
         "ceasefire_announced"),
        ("In Hama province, rockets fired by rebel factions wounded a dozen people in Mhardeh on "
         "Monday.", "shelling"),
        # from the blind batch zs
        ("The strike on the town came on Tuesday morning, at the height of the olive harvest, "
         "residents of Kafr Takharim said.", "air_strike"),
        ("A bomb hidden in a parked motorcycle has gone off near a bakery in the centre of "
         "Raqqa city this morning.", "remote_explosive"),
        ("The committee was formed under the truce agreement that the army and the factions "
         "signed in Teir Maalla on 26 February.", "ceasefire_announced"),
        ("On Monday the army removed the earth barrier on the road between Teir Maalla and "
         "Deir Ful and reopened the road to civilians.", "commitment"),
        ("On the night of 5 to 6 March gunmen fired on an army checkpoint on the road between "
         "Teir Maalla and Deir Ful.", "armed_clash"),
        ("The Israeli army said a projectile was launched from Syria towards the Golan Heights "
         "on Saturday.", "shelling"),
        ("The 14 detainees from Deir Ful whom the government undertook to release within 72 "
         "hours of signing have still not been freed.", "commitment"),
        # from the blind batch zq
        ("On Monday our convoy to Talbiseh was held for six hours at the last government "
         "checkpoint outside the town and then sent back to Homs city.", "aid_access"),
        ("Two rockets fired from positions of armed opposition factions in Jabal al-Akrad struck "
         "an olive grove near Kansaba, wounding two farm labourers.", "shelling"),
        ("On Tuesday morning the factions dismantled their two mortar positions on the ridge "
         "near Kansaba and withdrew the crews.", "commitment"),
        ("The factions have pulled back only part of their artillery near Ein Issa, the SDF said "
         "on Monday.", "commitment"),
        ("The SDF handed two positions east of Ein Issa to Syrian army units on January 5.",
         "commitment"),
        ("Members of Hayat Tahrir al-Sham at a checkpoint near Darkush ordered a lorry driver out "
         "of his cab and drove him away.", "abduction"),
        ("Government militias set fire to more than 400 dunams of wheat and barley in the fields "
         "around Karnaz between 1 and 3 June.", "looting_destruction"),
        # a truce renewed or extended, the time and length first; an understanding brokered
        ("Rebel factions and government negotiators renewed on Tuesday for another month the "
         "truce in Yalda.", "ceasefire_announced"),
        ("Russia and the United States agreed on Thursday to extend by another 72 hours a truce "
         "in the divided city of Aleppo.", "ceasefire_announced"),
        ("Russia brokered an understanding last month between the SDF and Turkish-backed "
         "factions to halt the fighting around Ein Issa.", "ceasefire_announced"),
        ("The truce, first agreed last month, has largely held, residents of Yalda said.",
         "ceasefire_announced"),
        # the act in the sentence, not the time it is set in; a time of day is no act's
        ("During the bombardment that preceded the truce, on 26 August, a shell fired from "
         "army positions struck the courtyard of a clinic in Daraa al-Balad.", "shelling"),
        ("During the day Friday airstrikes hit a market in the town of Urem al-Kubra.",
         "air_strike"),
        # aircraft flying over a place before they fire; a civilian wounded by gunfire
        ("Israeli jets flying over the occupied Golan Heights fired a volley of missiles at "
         "army positions near Khan Arnabah on Wednesday.", "air_strike"),
        ("On Wednesday a shepherd was wounded by gunfire from Israeli positions west of Hadar.",
         "attack_on_civilians"),
        # a settlement announced (southern Syria's deals)
        ("Security officials and the Central Committee announced a settlement for the town of "
         "Dael on Monday.", "ceasefire_announced"),
        # a truce in a time clause is background, but not when its calendar day is told
        ("The attack was among the deadliest on the capital since a truce for the rebel-held "
         "eastern Ghouta took effect on July 22.", "ceasefire_announced"),
        ("The Central Committee said that the army's 4th Division had \"torn up\" the "
         "settlement in Daraa al-Balad.", "violation_accusation"),
        ("11 May | Ariha | a bomb planted under the car of a National Front for Liberation "
         "commander exploded | no casualties | local activists", "remote_explosive"),
        ("Army units near Khan al-Asal responded with heavy weapons to the sources of the fire "
         "on Tuesday, a military source said.", "armed_clash"),
        ("On Tuesday afternoon a sniper fired at a Syrian Arab Red Crescent vehicle taking "
         "engineers to the station.", "aid_access"),
        ("The gunmen held the four remaining trucks at the checkpoint for three hours and then "
         "forced them to turn back to Homs.", "aid_access"),
        ("Unidentified gunmen seized a pharmacist from his shop in al-Sanamayn on Thursday.",
         "abduction"),
        ("On 23 April, the militants opened fire on families trying to leave through the "
         "corridor at al-Rastan.", "attack_on_civilians"),
        ("The SDF has accused Turkey of killing a woman in a drone strike on a car near Amuda "
         "on Sunday.", "air_strike"),
        ("Yesterday the eighth joint ground patrol with Russian units was completed as planned "
         "east of Darbasiyah.", "commitment"),
        ("When the deadline passed on Sunday evening, not a single bus had left Khan al-Sheeh.",
         "commitment"),
        ("The factions handed over their heavy weapons, among them two tanks and a dozen "
         "mortars, to army officers in Khan al-Sheeh on Saturday.", "commitment"),
        ("In the past week the militants carried out 16 harassment attacks and provocations "
         "against Turkish troops near Ras al-Ain.", "violation_accusation"),
        ("Since the truce came into force on 18 April, the Nusra Front has violated it 47 "
         "times in northern Homs.", "violation_accusation"),
        # after a colon comes news, even when the sentence opens like a restatement
        ("It was the second time the station had been hit since the truce began: on 19 March "
         "a mortar round damaged its outer wall in Aleppo.", "shelling"),

        ("On our front the regime has broken it more than 150 times since it was announced.",
         "violation_accusation"),
        ("On 12 June the militants launched seven armed drones at the Hmeimim air base.",
         "air_strike"),
        ("On 19 July, a drone fired a missile at an ambulance on the road near Ariha.",
         "air_strike"),
        ("On Monday militias fired on a civilian car at the edge of Ashrafiyeh.",
         "attack_on_civilians"),
        ("In August, soldiers at the checkpoint turned back a convoy bound for al-Rastan.",
         "aid_access"),
        ("By Tuesday the government had released only nine of the 25 Kurdish residents.",
         "commitment"),
        ("On Tuesday morning, the NLF freed 14 of the fighters it was holding in Ariha.",
         "commitment"),
        ("Clause 4 has not been met: none of the 40 detainees had been released by Sunday.",
         "commitment"),
        ("At midday, army bulldozers removed the earth barriers on the roads to Kisweh, as "
         "clause 3 requires.", "commitment"),
        ("The opposition accused government forces of gassing hundreds of people in Zamalka on "
         "Wednesday.", "chemical_weapon"),

        ("In response, Israeli tanks fired at a Syrian army post near al-Qahtaniyah on Tuesday.",
         "shelling"),
        ("Earlier this month, Israeli missiles struck positions near Damascus airport.",
         "air_strike"),
        ("Three children were killed on Friday when a piece of unexploded ordnance they had "
         "picked up blew up near al-Musayfirah.", "remote_explosive"),
        ("On Thursday night troops and rebel fighters traded machine-gun and mortar fire near "
         "Qalaat al-Madiq.", "armed_clash"),
        ("The local agreement, negotiated by Russian military police officers with rebel "
         "factions in the Daraa countryside, came into force at noon on Saturday.",
         "ceasefire_announced"),
        ("On Monday afternoon, rebel fighters handed the three soldiers over to Russian officers "
         "outside Inkhil.", "commitment"),
        ("Rebel factions in north-western Syria declared a Russian-Turkish ceasefire dead on "
         "Wednesday.", "ceasefire_declared_over"),
        ("At dawn on Monday, a regime drone dropped a bomb on a car on the road between "
         "Kansafra and Ariha, killing its driver.", "air_strike"),
        ("On Tuesday afternoon, a drone that state media said was Israeli struck a car on the "
         "road between Hadar and Jubata al-Khashab.", "air_strike"),
        ("US-led coalition forces flew into north-western Syria by helicopter in the early "
         "hours of Thursday and killed a jihadist leader near Qah.", "armed_clash"),
        ("On 1 July, four humanitarian workers of a mobile health team were turned back by armed "
         "men at a checkpoint near Darat Izza.", "aid_access"),
        # a convoy of an armed group hit from the air is no aid convoy
        ("An Israeli air strike hit a convoy belonging to Hezbollah near al-Qusayr late on "
         "Monday, killing three fighters.", "air_strike"),
        # an air power's own admission of a mistake
        ("The US-led coalition said on Monday it may have mistakenly struck Syrian army "
         "positions near Palmyra, killing several soldiers.", "air_strike"),
        # a count of acts over a period is a charge
        ("The SDF said Turkish forces had shelled villages around Manbij 37 times since March 1, "
         "in breach of the ceasefire.", "violation_accusation"),
        ("The SDF said the Turkish army had carried out 14 drone strikes on Kobani and its "
         "countryside since the beginning of October, in violation of the ceasefire.",
         "violation_accusation"),
        ("Coalition aircraft have conducted 325 air raids around Manbij since 21 May.",
         "air_strike"),
        # a monitor's count, and an attack of drones its air defences met
        ("Over the past 24 hours, 26 shelling attacks by the Jabhat al-Nusra terrorist group "
         "were registered in the Idlib de-escalation zone.", "violation_accusation"),
        ("Air defence systems at the Hmeimim air base destroyed two unmanned aerial vehicles "
         "launched by terrorists.", "air_strike"),
        ("At 09:10 on 8 September, an ambulance of the Syrian Arab Red Crescent taking an injured "
         "woman to a hospital in Idleb city was struck by a guided missile near Mhambal.",
         "aid_access"),
        # a deal's terms kept or missed, in an aid agency's words
        ("On Monday, ambulances carried 17 of the 29 patients out of the enclave through the "
         "al-Wafideen crossing.", "commitment"),
        ("The other 12 were still in Ghouta when the window closed on Tuesday evening.",
         "commitment"),
        ("The aid convoy promised under the truce never reached Kafr Batna.", "commitment"),
        ("Its 40 trucks of food and medicine were held at the army's al-Wafideen checkpoint for "
         "six hours on Tuesday and then sent back to Damascus.", "aid_access"),
        ("A Turkish spokesman accused the army of breaching the de-escalation deal on more than "
         "40 occasions since August began.", "violation_accusation"),
        ("Rockets fired from the city's western countryside slammed into the New Aleppo "
         "district on Tuesday evening, killing two civilians.", "shelling"),
        ("On Wednesday afternoon a second salvo struck the Hamdaniyeh district, wounding nine "
         "people.", "shelling"),
        ("Further north, the SDF accused Turkey of sending a drone to strike a car near Amuda "
         "on Monday, killing two of its fighters.", "air_strike"),
        ("When the 72 hours ran out at noon on Tuesday, the earth barriers the army had piled "
         "across the road to Nawa were still in place.", "commitment"),
        # a headline's country that strikes
        ("Israel strikes Syrian army posts near Quneitra after mortar fire hits Golan",
         "air_strike"),
        # a store taken, not an attack on the people in a house
        ("Gunmen stormed a food depot of a local charity in Binnish late on Tuesday and carried "
         "off flour.", "looting_destruction"),
        # a truce called off; "their truce with a militia in the city of Qamishli was over"
        ("The army called off a three-day truce in Aleppo on Tuesday, hours before it was due "
         "to run out.", "ceasefire_declared_over"),
        ("The SDF declared on Tuesday that their truce with a pro-government militia in the "
         "north-eastern city of Qamishli was over.", "ceasefire_declared_over"),
        # a concession after the news, and the terms of the agreement it came into force under
        ("A truce between the army and rebel factions in northern Lattakia came into force at "
         "8 p.m. on Monday, though fighting flared on its fringes within hours.",
         "ceasefire_announced"),
        ("The truce came into force at noon on Wednesday under an agreement which provides for "
         "the departure of the gunmen and the handing over of weapons.", "ceasefire_announced"),
        # terms not kept: none released by the deadline, others still held, not withdrawn
        ("None had been released when the deadline passed on Tuesday.", "commitment"),
        ("The envoy said 58 others on the agreed list were still being held.", "commitment"),
        ("The terrorists have still not withdrawn from the area of Tal Tamer.", "commitment"),
        ("An aid convoy of 18 trucks never left Aleppo on Tuesday.", "aid_access"),
        # an agreement named in quotation marks
        ("The Syrian National Coalition said on Tuesday that the regime and Russia were "
         "violating the \"de-escalation\" agreement in the Ghouta every day.",
         "violation_accusation"),
        # a count of breaches with the weapons used
        ("In the last 48 hours the PKK/YPG terrorist organisation has violated the ceasefire "
         "in the Operation Peace Spring region 17 times, using mortars, rockets, anti-tank "
         "missiles and heavy machine guns.", "violation_accusation"),
        # an evacuation carried out: buses of "1,083 gunmen", ambulances that "took" patients
        ("On Tuesday evening, 27 buses carrying 1,083 gunmen and members of their families left "
         "al-Ruhaybah through the Dumayr crossing.", "commitment"),
        ("On Tuesday, Syrian Arab Red Crescent ambulances took 14 patients to hospitals in "
         "Damascus.", "commitment"),
        # "abducting", as "kidnapping"
        ("The SDF accused the militia of abducting two of its police officers at a checkpoint "
         "near Qamishli on Tuesday.", "abduction"),
        # people detained at a checkpoint, not told of again: held where no one can learn
        ("On Tuesday a patrol of Air Force Intelligence detained two young men from al-Hirak "
         "at its checkpoint on the road to Daraa.", "abduction"),
        # a sniper's shot at a fighter is fighting; at a civilian, an attack on civilians
        ("On Tuesday a fighter of the National Front for Liberation was killed by sniper fire "
         "near Qalaat al-Madiq.", "armed_clash"),
        ("On Tuesday a farmer was killed by sniper fire near Qalaat al-Madiq.",
         "attack_on_civilians"),
        ("On Tuesday gunmen opened sniper fire on a checkpoint of government troops near "
         "Urum al-Kubra. One serviceman was killed.", "armed_clash"),
        # a ministry's own return fire, in the passive
        ("The positions from which the attack was made on Monday were immediately struck by "
         "our fire support vehicles.", "shelling"),
        # an artillery bombardment is shelling; an aerial and artillery one is from the air
        ("The ministry's response was an artillery bombardment of the villages around Tall "
         "Tamr with dozens of shells on Monday evening, which killed a farmer.", "shelling"),
        ("Over 85 civilians were killed in aerial and artillery bombardments by Russian and "
         "regime forces on the city of Aleppo on Thursday.", "air_strike"),
        # a ceasefire voted at the UN; a pause "which" a side announced; an evacuation agreed
        ("The UN Security Council on Saturday unanimously adopted a resolution demanding a "
         "cessation of hostilities across Syria.", "ceasefire_announced"),
        ("On February 24 the Security Council voted for a 30-day ceasefire across Syria.",
         "ceasefire_announced"),
        ("The daily humanitarian pause, which the Russian side announced on Monday, runs from "
         "9:00 to 14:00.", "ceasefire_announced"),
        ("Ahrar al-Sham says it has reached an agreement with Russian officers for its fighters "
         "and their families to leave for Idlib province.", "ceasefire_announced"),
        # an evacuation's buses leaving a town for another place
        ("The first 24 buses, carrying 1,403 people, leave Harasta for Idlib province on "
         "Thursday.", "commitment"),
        # civilians kept from leaving; trucks never let in
        ("On Wednesday the terrorist organisations prevented citizens from leaving, and not a "
         "single family reached the corridor.", "aid_access"),
        ("The UN says its trucks for Douma spent all of Monday at a regime checkpoint and were "
         "never let in.", "aid_access"),
        # a truce resolution broken
        ("The Assad regime and Russia have violated Resolution 2401 every day since it was "
         "adopted, the spokesperson said on Thursday.", "violation_accusation"),
        ("The Syrian National Coalition accused the government and Russia on Sunday of "
         "breaking the resolution before the ink was dry.", "violation_accusation"),
        # a trend's noun before the act's word: the truce is the news
        ("The ceasefire agreed by Russia and Turkey, which entered into force in north-west "
         "Syria on 6 March, has brought a marked reduction in air strikes.",
         "ceasefire_announced"),
        # a joint patrol abandoned; a term not met "as the protocol requires", not a sweep
        ("A joint Russian-Turkish military patrol on Syria's M4 highway was abandoned halfway "
         "through its route on Monday.", "commitment"),
        ("Russia said on Monday the Turkish side had still not cleared the corridor of "
         "terrorists as the March protocol requires.", "commitment"),
        # two sides that "fought"; the army's answer "to the sources of the fire"; a team
        # named with its acronym, turned back well after it is named
        ("Government forces and rebels fought on Tuesday and Wednesday in the Jabal al-Akrad "
         "mountains.", "armed_clash"),
        ("Units of the Syrian Arab Army deployed in the area responded to the sources of the "
         "fire with the appropriate weapons.", "shelling"),
        ("On Tuesday a Syrian Arab Red Crescent (SARC) team travelling to repair the Alouk water "
         "station, east of Ras al-Ain, was turned back at a checkpoint.", "aid_access"),
        # houses and works blown up, water fouled on purpose, a repair crew sent away, an
        # advance by fighters named with their group's country, an air force as the subject
        ("Rebels blew up at least six houses on the edge of the village on Sunday.",
         "looting_destruction"),
        ("Militants blew up parts of the water station's installations on Friday.",
         "looting_destruction"),
        ("Armed groups in the valley deliberately contaminated the spring with diesel fuel on "
         "Thursday, the army said.", "looting_destruction"),
        ("A team of 14 technicians from the Damascus Water Supply and Sewerage Authority, "
         "accompanied by the Red Crescent, waited for more than five hours at a checkpoint near "
         "Deir Miqrin and was then turned back without reaching the spring.", "aid_access"),
        # rockets told at length before they hit; a barrage named before its rockets; a bomb
        # that went off on the engineers clearing a house
        ("A rocket fired by the terrorists from the direction of Tal Rifaat hit a residential "
         "street in the centre of Azaz.", "shelling"),
        ("The group's fighters fired a barrage of Grad rockets at the T4 air base.", "shelling"),
        ("An improvised explosive device detonated while a unit of Syrian army engineers was "
         "clearing a house near the Palmyra citadel.", "remote_explosive"),
        # fire on armed men; a tank knocked out with a guided missile; a road cratered from
        # the air; drones launched from one place towards another
        ("The army said its troops had opened fire overnight on a group of gunmen trying to "
         "slip past its checkpoints near Arsal.", "armed_clash"),
        ("The group said its fighters had destroyed a Hezbollah tank with a guided missile "
         "near the Flita heights.", "armed_clash"),
        ("Coalition jets cratered the road ahead of the convoy near Humaymah on Wednesday.",
         "air_strike"),
        ("The terrorists launched three explosive-laden drones from the Idlib countryside "
         "towards al-Suqaylabiyah on Monday.", "air_strike"),
        # members of a group set free; a man not freed by a deadline that passed
        ("Yesterday Ahrar al-Sham released four HTS members it had captured during the "
         "fighting.", "commitment"),
        ("By Thursday the HTS had not freed Abu Hamza al-Shami, although the deadline expired "
         "on Wednesday evening.", "commitment"),
        # unmanned aerial vehicles; a drone told with where it was flown from; a convoy of
        # civilian cars (no aid convoy)
        ("Our armed unmanned aerial vehicles struck a civilian car near Tal Rifaat on Monday.",
         "air_strike"),
        ("On Monday a drone flown from government lines west of Aleppo dropped a munition on a "
         "minibus near Darat Izza.", "air_strike"),
        ("Russian aircraft struck a convoy of civilian cars on the road west of al-Sukhnah on "
         "Monday.", "air_strike"),
        # one aid worker detained by an armed group; a named commander detained by a rival
        ("On Monday a humanitarian worker of one of our local partners was detained by members "
         "of a non-State armed group at a checkpoint near Sarmada.", "abduction"),
        ("On Monday members of the HTS General Security service detained Abu Hamza al-Shami, a "
         "field commander of Ahrar al-Sham, at a checkpoint near Qah.", "abduction"),
        # evacuation buses pulling out and arriving
        ("At 10:15 16 buses and 10 ambulances carrying ISIS fighters and their families pull "
         "out of the assembly point in the Qara barrens.", "commitment"),
        ("On Sunday the last of the buses reached Islamic State territory in Deir ez-Zor "
         "province.", "commitment"),
        ("Government troops and fighters of Lebanon's Hezbollah pushed into the outskirts of "
         "Basima on Saturday morning.", "armed_clash"),
        ("The Syrian Arab Air Force targeted the al-Fijah spring facility on Friday.",
         "air_strike"),
        # the act after an opening "Hours after the bombing," (whose act is told elsewhere)
        ("Hours after the bombing, Turkish artillery pounded villages around Tal Rifaat.",
         "shelling"),
        ("Hours after the air strike, government warplanes struck Ariha again.", "air_strike"),
        # the act a raid is called 'a response to' is told elsewhere
        ('14:20 - Hayat Tahrir al-Sham says its fighters stormed an army post on the Kabani '
         'front this afternoon and killed six soldiers, calling the raid a response to "the '
         'massacre in Jisr al-Shughur".', "armed_clash"),
    ],
)  # fmt: skip
def test_kind_of_incident(sentence: str, kind: str) -> None:
    assert [r.type.value for r in _reports(sentence)] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebel factions also kept stores of captured shells in several villages near Daraa.",
        "At least five people have been killed and seven injured in the area over the three "
        "days, according to partners.",
        "The base, south-east of Latakia city, has been the hub of Russia's air campaign in Syria "
        "since September 2015.",
        # a monitor's nil return
        "No breaches were recorded in Lattakia governorate.",
        # a trend; a tally since a time told before
        "Abductions for ransom have become common in towns along the front line.",
        "Car bombs and roadside devices have killed more than 200 people in the town since then.",
        # where buses had got to, in an excuse
        "A rebel negotiator said the army was to blame: the buses had reached the checkpoint "
        "only after dark.",
        # a natural disaster's toll
        "The earthquakes that struck southern Turkey and northern Syria on 6 February have "
        "killed more than 4,500 people in Idlib.",
        "Farmland east of Daraa is still littered with unexploded shells and rockets.",
        "OCHA said it was the third time this year that aid workers had been abducted in Homs.",
        # an obligation, not an act
        "Each side is also to free the fighters it captured during the clashes in Ariha.",
        # a campaign since a year long past
        "Terrorist organizations have targeted Jaramana with hundreds of mortar shells since 2012.",
        'A military source said the army had "not fired a single shell" at the post in Morek.',
        "Damascus says it is targeting militants who have been shelling the capital.",
        "The rest of the tanks were destroyed by their own air strikes years ago.",
        "The YPG says more than 150 civilians have been killed by Turkish fire since the "
        "offensive, now in its fourth week, began.",
        "Rebel groups said the bombing of eastern districts had not stopped.",
        "Damascus has been rocked by occasional bomb blasts throughout the Syrian conflict.",
        # a person taken, not ground
        "Activists said she had been released a few hours after she was seized in Idlib.",
        "The agreement followed a month of fighting in which Turkish forces and the Syrian army "
        "clashed directly in Idlib.",
        "Under its terms, the quarter's men were to hand over their light weapons in Daraa.",
        "Nearly a million people have fled their homes in Idlib province since December.",
        "The council in Kafr Nabl says the schools will not reopen while the shelling continues.",
        # running counts and tallies
        "At least six people have been killed and 17 injured in and around Tall Refaat since "
        "2 December.",
        "It says 143 militants have been neutralised in Syria and Iraq since January 1.",
        "Terrorist shells have claimed the lives of more than 70 citizens in Damascus since "
        "the beginning of February.",
        "Terrorist groups have targeted Izra and the villages around it with rocket and mortar "
        "shells for years.",
        "Russian aircraft have been bombing the Ghouta for weeks.",
        "Our researchers expect more shelling in northern Hama if that date passes.",
        # a word explained
        'The ministry uses "neutralised" for militants who are killed, wounded or taken '
        "prisoner near al-Bab.",
        # what a document covers
        "This update lists incidents between 1 and 14 June 2021 in Idleb and Aleppo "
        "governorates in which civilians were killed or injured.",
        # blame for attacks long past; the wounded flown out
        "Israel has been blamed for earlier attacks on Iranian positions near Albu Kamal.",
        "Two of the wounded were flown by helicopter to the Hmeimim air base for treatment.",
        # another truce's fate; who signed, as who they are
        "A similar truce in nearby Latamneh collapsed within a week last year.",
        "A spokesman for the faction that signed the truce in Shahba said it had kept its side.",
        # a refusal to hand over is no hand-over
        "The gunmen beat the guard in Salqin when he refused to hand over the keys.",
        # the buses already told
        "The buses that left on Monday carried 1,150 people, about 600 of them fighters.",
        "At least seven journalists had been detained or abducted in Idlib province this year.",
        "Its cells have carried out dozens of bombings and shootings against the SDF in Deir "
        "ez-Zor over the past year.",
        "The group had killed more than 150 government troops in the central desert since the "
        "start of the year.",
        # an agreement's terms, and a generalisation
        "A joint committee in al-Ghantu shall examine every reported breach of this agreement.",
        "Every ceasefire in Idlib has died the same way, with a slow drip of shells.",
        "The coalition said the operation in Thiban had captured a senior ISIS official.",
        "The SDF said the man had been handed over for interrogation in Hasakeh.",
        "Investigators have since blamed the Syrian air force for several chlorine attacks "
        "in Idlib.",
        '"Five quiet hours do not open a road when the other nineteen are spent bombing."',
        # a campaign summed up by those it has displaced
        "Government forces launched an offensive on the southern edge of Idlib at the end of "
        "April, and hundreds of thousands of people have since fled north towards the border.",
        # a tally of strikes over years
        "Israel has launched hundreds of air and missile strikes on targets in government-held "
        "Syria in recent years.",
        # the cause told of damage already told
        'SANA claimed that the fires near Karnaz had been started by "incendiary shells fired '
        'by terrorists" from the Latamneh area.',
        # an inverted condition; a running story over years
        "Had the shells fallen an hour later, when the vegetable market opens, the toll in "
        "al-Atarib would have been far higher.",
        "The town of Mhardeh has been hit by terrorist rocket fire throughout the years of the "
        "crisis.",
        # the year a "when" clause tells of
        "Tartus was largely spared the violence of the war until 2016, when a wave of bombings "
        "killed dozens of people in the city and in neighbouring Jableh.",
        # a habit; what a truce is to halt, listed
        "Mortar fire on Bab Touma was an almost daily occurrence before the truce.",
        "The Russian Centre said late on Friday that Syrian government forces would halt all "
        "offensive operations, including air strikes, from that hour.",
        # a campaign summed up as background
        "Government forces retook Daraa province in July after a three-week offensive backed "
        "by Russian air power.",
        # a state of things since an agreement, not an act
        "The area was included in the de-escalation agreement in July, but the bombardment "
        "has never stopped.",
        # what people fled, what a decision waits for, an absence, a campaign's record
        "By Tuesday the families who had fled the shelling were coming back to Kafr Laha.",
        "The council has decided to close all schools in Talbiseh until the shelling stops.",
        "Contrary to the army's claims, no fighter from Talbiseh has fired a single shot at the "
        "post since the truce.",
        "The Russian air force has carried out air strikes that have also killed civilians, "
        "which Moscow denies.",
        "On Monday, a convoy of nine Red Crescent trucks carrying flour entered Tafas for the "
        "first time in a month.",  # (aid in, with no term it keeps: zb03)
        # a running count of acts
        "Since the settlement, the monitors have documented more than 200 abductions for "
        "ransom in Quneitra province.",
        # an agreement's terms
        "Its terms stipulate an end to the shelling and the release of 60 detainees within "
        "ten days.",
    ],
)
def test_what_is_no_event(sentence: str) -> None:
    assert _reports(sentence) == []


def test_what_an_agreement_asks_for_is_no_commitment_kept_or_broken() -> None:
    body = (
        "The settlement was signed on the 14th of this month in al-Muzayrib between the "
        "committee and the army.\n\nUnder the agreement, the wanted young men are to settle "
        "their status and hand over their weapons, while the Fourth Division is to withdraw "
        "the reinforcements it brought to Tasil within one week of the signing."
    )
    assert [r.type.value for r in reports_of(body, dt.date(2022, 8, 24))] == ["ceasefire_announced"]


def test_a_count_of_violations_is_not_dated_by_the_truce_it_counts_from() -> None:
    (count,) = _reports(
        "Since the truce came into force on 18 April, the Nusra Front has violated it 47 "
        "times in northern Homs."
    )
    assert count.date.start is None or count.date.start > dt.date(2019, 4, 18)


@pytest.mark.parametrize(
    ("sentence", "fatalities", "injuries"),
    [
        ("On 19 March a mortar round damaged the wall of the station in Aleppo without "
         "hurting anyone.", 0, 0),
        ("On Tuesday a sniper fired at a Red Crescent vehicle in Aleppo, wounding its driver.",
         None, 1),
        ("Last month, a farmer was badly wounded when his tractor struck a landmine outside "
         "Busra al-Sham.", None, 1),
        ("The militants fired 11 rocket shells at al-Qabu on Tuesday, martyring two citizens "
         "and injuring four others.", 2, 4),
        ("A mortar round exploded in al-Rastan on Wednesday, lightly wounding a Syrian Arab Red "
         "Crescent volunteer.", None, 1),
        ("On 19 July a drone fired a missile at an ambulance near Ariha, killing our paramedic "
         "Khaled and his patient.", 2, None),
        ("On 16 April a 16-year-old boy was shot and wounded by a sniper in Madaya.", None, 1),
        ("Shells hit Douma on Monday; the civil defence said a child had died.", 1, None),
        ("On Wednesday a bomb went off in Dael as a council member walked past it, killing him "
         "and wounding two passers-by.", 1, 2),
        ("Rebel rockets hit al-Suqaylabiyah on Sunday, killing a housewife.", 1, None),
        ("Government artillery shells hit a house in Heish on Monday, killing a family of five.",
         5, None),
        ("11 May | Ariha | a bomb planted under the car of a commander exploded | no casualties | "
         "local activists", 0, 0),
        ("A US drone strike near Idlib on Tuesday killed a senior leader of Hurras al-Din.", 1,
         None),
        ("Militants shelled residential areas of Mhardeh with rockets on Monday. There were no "
         "casualties among the civilian population.", 0, 0),
        ("On Sunday gunmen shot dead a council member near Tafas. His brother, who was at the "
         "wheel, was seriously wounded.", 1, 1),
        ("Incident 4 - Date: 15/03/2020 - Description: Air strike on a farm near Kafranbel. The "
         "night watchman reported killed. - Source: local contacts.", 1, None),
        ("Incident 1 - Date: 14/03/2020 - Description: Eleven artillery rounds impacted in the "
         "groves of Ihsim. No casualties. - Source: team observation.", 0, 0),
        ("Heavy machine-gun fire was exchanged near Afis on Saturday. Two NLF fighters wounded, "
         "no deaths.", 0, 2),
        # whose fighter the one killed was; an age is no figure
        ("On Tuesday a fighter of the National Front for Liberation was killed by sniper fire "
         "near Kafr Nabl.", 1, None),
        ("On Tuesday a girl aged 12 was shot and wounded by a sniper in al-Tall.", None, 1),
        # a second group named after a long first one; but "including" names some of them
        ("On Tuesday government helicopters dropped barrel bombs on villages around Rabia, "
         "killing three Turkistan Islamic Party fighters and a woman.", 4, None),
        ("On Tuesday air strikes on Khan Sheikhun killed seven people including two women and "
         "a child.", 7, None),
        # two groups counted in the clause that tells how they died
        ("On Tuesday fighters of Hayat Tahrir al-Sham raided army positions near Qalaat "
         "al-Madiq, setting off hours of fighting in which seven soldiers and four of the "
         "attackers were killed.", 11, None),
    ],
)  # fmt: skip
def test_figures_in_these_wordings(
    sentence: str, fatalities: int | None, injuries: int | None
) -> None:
    (report,) = _reports(sentence)
    assert (report.fatalities and report.fatalities.best) == fatalities
    assert (report.injuries and report.injuries.best) == injuries


def test_hours_after_the_strike_is_the_strikes_day_even_after_a_statement() -> None:
    strike, count, rockets = _reports(
        "An air strike hit the market in Saraqeb on Monday, killing nine people. The Russian "
        "Centre said on Tuesday that militants had violated the ceasefire 23 times. Hours "
        "after the market strike, rockets hit the town of al-Suqaylabiyah."
    )
    assert rockets.date == strike.date
    assert count.date.start == dt.date(2019, 11, 26)  # a count is dated by its words


def test_hours_after_an_announcement_is_the_announcements_day() -> None:
    over, strikes = _reports(
        "The army called off the truce in Aleppo on Monday, hours before it was due to run "
        "out, its general command said.\n\n"
        "Hours after the army's announcement, air strikes pounded the rebel-held al-Sukkari "
        "district, killing at least nine people."
    )
    assert (strikes.date.start, strikes.date.end) == (over.date.start, over.date.end)


def test_an_answer_by_shelling_is_the_day_of_the_act_it_answers() -> None:
    rockets, answer = _reports(
        "Rockets slammed into a residential neighbourhood of al-Suqaylabiyah on Monday "
        "evening, killing two children, SANA said.\n\n"
        "The army responded by shelling the launch pads on the outskirts of Kafr Nabudah, the "
        "agency said."
    )
    assert answer.type.value == "shelling"
    assert (answer.date.start, answer.date.end) == (rockets.date.start, rockets.date.end)


def test_two_commitments_that_name_different_acts_stay_two() -> None:
    reports = _reports(
        "The first joint Russian-Turkish patrol along the M4 highway in north-eastern Syria "
        "was cut short on Thursday. The SDF said it had already pulled its artillery out of "
        "the corridor, as the memorandum requires."
    )
    assert [r.type.value for r in reports] == ["commitment", "commitment"]


def test_a_joint_patrol_is_its_sides_act() -> None:
    (patrol,) = _reports(
        "The first joint Russian-Turkish patrol along the M4 highway was cut short on Thursday."
    )
    assert patrol.actors == ["russia", "turkey"]


def test_an_aid_agency_carrying_out_a_term_is_not_bound_by_it() -> None:
    (evacuation,) = _reports(
        "On Saturday, Syrian Arab Red Crescent ambulances took 14 patients to hospitals in "
        "Damascus."
    )
    assert evacuation.type.value == "commitment"
    assert evacuation.actors == []


def test_the_un_telling_of_a_term_unmet_is_not_bound_by_it() -> None:
    (term,) = _reports(
        "The UN envoy said 58 detainees on the agreed list were still being held on Tuesday."
    )
    assert "un" not in term.actors


def test_no_casualties_on_its_own_is_none_dead_or_hurt() -> None:
    (rockets,) = _reports(
        "Two rockets fired by rebel factions fell on farmland outside al-Suqaylabiyah on "
        "Tuesday. No casualties."
    )
    assert rockets.fatalities is not None and rockets.fatalities.best == 0
    assert rockets.injuries is not None and rockets.injuries.best == 0


def test_a_truce_is_dated_by_the_day_after_its_agreement_when_it_took_effect_then() -> None:
    (truce,) = _reports(
        "The ceasefire was agreed by the Turkish and Russian presidents in Moscow on March 5 "
        "and took effect the following day."
    )
    assert (truce.date.start, truce.date.precision.value) == (dt.date(2019, 3, 6), "day")


def test_a_truce_declared_over_is_not_dated_by_the_day_it_was_declared() -> None:
    body = (
        '"The General Command announces the end of the truce in northern Homs, which it '
        'declared on 18 April 2018."'
    )
    reports = reports_of(
        f"Following is the text of a statement issued by the General Command of the Army.\n\n"
        f"{body}",
        dt.date(2018, 4, 25),
        "Army ends Homs truce",
    )
    assert [(r.type.value, r.date.start) for r in reports] == [
        ("ceasefire_declared_over", dt.date(2018, 4, 25))  # the statement's own day
    ]


def test_a_truce_with_no_place_of_its_own_takes_none_from_its_paragraph() -> None:
    strike, truce = _reports(
        "Air strikes hit al-Mayadin on Monday, killing five people. A US-Russian brokered "
        "truce in force since Monday does not include areas held by Islamic State."
    )
    assert strike.place.admin1_pcode == "SY09"
    assert truce.place.admin1_pcode is None  # it may be nationwide
    # a truce between local sides, with no place of its own, is in the story's governorate
    strike, over = _reports(
        "Air strikes hit the eastern districts of Aleppo on Monday, killing five people. The "
        "army declared the truce over on Tuesday."
    )
    assert over.type.value == "ceasefire_declared_over"
    assert (over.place.admin1_pcode, over.place.relation.value) == ("SY02", "admin")


def test_a_commitment_kept_long_ago_is_still_its_record() -> None:
    (withdrawal,) = _reports(
        "We withdrew our tanks from the zone near Morek in March last year, as the "
        "memorandum required."
    )
    assert withdrawal.type.value == "commitment"


def test_the_un_never_strikes_and_the_shells_told_are_not_new() -> None:
    strike, *rest = _reports(
        "Members of the Security Council offered conflicting accounts on Thursday of an air "
        "strike on a hospital in Ariha. Shells struck the water station in Aleppo on Monday. "
        "The council accused government forces of firing the shells from their positions in "
        "the Midan district."
    )
    assert strike.actors == []
    assert [r.type.value for r in rest] == ["shelling"]


def test_a_count_with_its_own_number_is_a_charge_of_its_own() -> None:
    reports = _reports(
        "The US envoy said the regime had violated the ceasefire in Idlib. He said that the "
        "Nusra Front had violated the ceasefire in Idlib 287 times since 3 June."
    )
    assert [r.type.value for r in reports] == ["violation_accusation"] * 2


def test_the_article_before_a_longer_name_and_names_with_the() -> None:
    (clash,) = _reports("Fierce clashes broke out between the regime forces and rebels in Morek.")
    assert sorted(clash.actors) == ["opposition", "syrian-government"]
    (count,) = _reports(
        "The opposition said the regime and the Russians had broken it more than 150 times."
    )
    assert sorted(count.targets) == ["russia", "syrian-government"]


def test_an_answer_in_response_is_an_act_of_its_own() -> None:
    mortars, tanks = _reports(
        "On Tuesday two mortar bombs fired from Syria landed in an open field on the Golan "
        "Heights. In response, Israeli tanks fired at a Syrian army post near al-Qahtaniyah."
    )
    assert (mortars.type, tanks.type) == (tanks.type, tanks.type)  # two shellings, not one


@pytest.mark.parametrize(
    "answer",
    [
        "Army units responded with the appropriate weapons to the sources of fire, destroying "
        "a launch pad.",
        "The sources of the fire were immediately hit by our howitzers.",
        "Army artillery units responded to the sources of the fire, destroying a launch pad.",
    ],
)
def test_an_armys_answering_fire_in_its_own_words_is_an_act_of_its_own(answer: str) -> None:
    rockets, reply = _reports(
        f"On Tuesday terrorists fired rocket shells at the town of Mhardeh, killing a woman. "
        f"{answer}"
    )
    assert (rockets.fatalities is not None, reply.fatalities) == (True, None)
    assert reply.date == rockets.date  # (the day of the fire it answered)


def test_a_convoy_that_delivered_only_part_of_its_load_is_no_commitment() -> None:
    (convoy,) = _reports(
        "A UN aid convoy reached al-Rastan on Wednesday but delivered only part of its load, "
        "after government security officers removed medical supplies from the trucks."
    )
    assert convoy.type.value == "aid_access"


def test_a_charge_with_no_day_of_its_own_is_made_on_the_day_told() -> None:
    _strikes, count = _reports(
        "This afternoon, air strikes hit Ariha, killing six people.\n\nRussia's envoy said that "
        "the Nusra Front had violated the ceasefire in Idlib 287 times since 3 June."
    )
    assert count.date.start == PUBLISHED  # the day the words are at, not unknown


def test_a_correction_restates_the_act_it_corrects() -> None:
    reports = _reports(
        "09:15 — Warplanes struck the market in Kafranbel, killing 12 people.\n\n"
        "11:20 — Rebel rockets hit the town of Suqaylabiyah, wounding a child.\n\n"
        "16:45 — CORRECTION: In our 09:15 entry we reported that 12 people were killed in the "
        "Kafranbel market strike."
    )
    assert [r.type.value for r in reports] == ["air_strike", "shelling"]


def test_the_authors_correction_of_a_toll_replaces_it() -> None:
    (bomb,) = _reports(
        "09:40 — A bomb planted on a motorcycle went off near the vegetable market in Atarib, "
        "wounding four people.\n\n"
        "10:30 — CORRECTION to our 09:40 entry: the hospital in Atarib says six people were "
        "wounded by the motorcycle bomb, not four as we first wrote."
    )
    assert bomb.injuries is not None and bomb.injuries.best == 6


def test_an_entry_a_later_update_withdraws_is_no_event() -> None:
    (bomb,) = _reports(
        "08:20 — UNCONFIRMED: observers say two Russian raids have hit the hills west of "
        "Ariha.\n\n"
        "09:40 — A bomb went off near the vegetable market in Atarib, wounding four people.\n\n"
        "11:50 — UPDATE on the 08:20 entry: our team in Ariha says there were no air raids this "
        "morning. The blasts people heard were army engineers destroying old munitions."
    )
    assert bomb.type.value == "remote_explosive" and len(bomb.evidence) == 1


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("Army bulldozers demolished at least nine houses in the town of Nawa on Monday.",
         ["syrian-government"]),
        ("Government officials removed most medical supplies from the trucks on Monday.",
         ["syrian-government"]),
        ("The factions, in turn, have failed to free the soldiers they hold in Jayrud.",
         ["opposition"]),
        ("By Friday the factions had given up only four tanks and a handful of mortars in "
         "al-Rastan.", ["opposition"]),
        ("Syrian government forces and jihadist fighters led by Hayat Tahrir al-Sham clashed "
         "overnight near Kafr Nabudah.", ["syrian-government", "hts"]),
        # both sides of "fighting between X and Y" fight
        ("Fighting between Hayat Tahrir al-Sham and the Levant Front killed 17 people around "
         "Jindires on Friday.", ["hts", "opposition"]),
        # the sides of the fighting the dead were killed in (one of them uncatalogued)
        ("Four people were killed in fighting between the army and gunmen in farms east of "
         "Busra al-Sham on Tuesday.", ["syrian-government"]),
        # a toll's actor past asides of place and time
        ("Jabhat al-Nusra fighters stormed two hills overlooking the town of Khan Tuman, "
         "south-west of Aleppo, at dawn on Wednesday, killing at least 20 soldiers.", ["jfs"]),
        # the act of the clause after an opening phrase ("In fresh strikes, ...")
        ("In fresh strikes Russian and Syrian regime jets pounded opposition-held parts of "
         "Aleppo early on Thursday.", ["russia", "syrian-government"]),
        # a truce's parties, not who brokered it
        ("Rebel factions and government negotiators renewed on Tuesday for another month the "
         "truce in Yalda.", ["opposition", "syrian-government"]),
        ("Russia brokered an understanding last month between the SDF and Turkish-backed "
         "factions to halt the fighting around Ein Issa.", ["sdf", "opposition"]),
        # who left the bomb behind
        ("A bomb left behind by Daesh in a house in Tadamon exploded as army sappers were "
         "clearing it.", ["isis"]),
        # announced by its broker, who did not make it
        ("A truce brokered by Russian officers between Kurdish security forces and "
         "pro-government militiamen took hold in Qamishli on Friday, Kurdish officials and a "
         "Russian officer said.", ["sdf", "pro-government-militias"]),
        # the reconciled rebels of a settlement town
        ("Last Sunday the former fighters of the quarter handed over 34 rifles to the Russian "
         "military police in Daraa al-Balad.", ["opposition"]),
        # a side named with whom it speaks for, between commas
        ("The truce was agreed on Saturday between the Central Committee, speaking for the "
         "quarter, and the government's security committee in Daraa al-Balad.",
         ["opposition", "syrian-government"]),
        # whose promise was not kept; whose approval a convoy waited for
        ("None of the 29 critically ill patients whom Russian officers promised last month to "
         "evacuate to hospitals in Damascus has left the enclave.", ["russia"]),
        ("A UN aid convoy of 40 trucks that was due to reach Kafr Batna on Tuesday never left "
         "Damascus because the government had not given its final approval.",
         ["syrian-government"]),
        # a name with its acronym in brackets, then two more sides; "were reported" by no one
        ("On Tuesday clashes between the Syrian Democratic Forces (SDF) and Turkish forces and "
         "affiliated non-State armed groups were reported in villages near Tal Tamer.",
         ["sdf", "turkey", "opposition"]),
        # Turkey's name for the YPG, after "by"
        ("On Tuesday a vehicle laden with explosives by the PKK/YPG blew up at the entrance of "
         "the vegetable market in Tell Abiad, killing five civilians.", ["sdf"]),
        # two sides, each named with its men
        ("On Tuesday evening, SDF fighters and National Defence Forces militiamen traded "
         "machine-gun fire in the streets of Qamishli.", ["sdf", "pro-government-militias"]),
        # who holds the checkpoint a team was turned back at
        ("On Tuesday a Syrian Arab Red Crescent team was turned back at a checkpoint manned by "
         "non-State armed groups east of Ras al-Ain.", ["opposition"]),
        # fighters who "raided" army positions
        ("Before dawn on Tuesday, fighters of Hayat Tahrir al-Sham raided army positions near "
         "Qalaat al-Madiq.", ["hts"]),
        # weapons handed to officers
        ("On Tuesday the factions handed a tank and four mortars to army officers at the "
         "municipal stadium in al-Tall.", ["opposition"]),
        # a truce's two sides: a town's factions, and officers of the other side
        ("A truce was concluded on Sunday in Kanakir between the town's factions and officers "
         "of the regime's Military Security branch.", ["opposition", "syrian-government"]),
        # a force and its partner named in an aside
        ("U.S. Central Command forces, partnered with the Syrian Democratic Forces (SDF), "
         "conducted a helicopter raid near Markadah on Monday.", ["us", "sdf"]),
        ("U.S. Central Command forces and the SDF conducted a helicopter raid near Markadah "
         "on Monday.", ["us", "sdf"]),
        ("The Syrian Arab Air Force, in cooperation with the friendly Russian air force, "
         "carried out concentrated air strikes on Wednesday near Jisr al-Shughur.",
         ["syrian-government", "russia"]),
        # the side whose lines a drone was flown from
        ("On Monday a drone flown from government lines west of Aleppo dropped a munition on a "
         "minibus near Darat Izza.", ["syrian-government"]),
        # the side of the checkpoint a sniper is at
        ("A sniper at an army checkpoint shot dead a civilian riding a motorcycle near Kafr "
         "al-Awamid on Saturday.", ["syrian-government"]),
        # a side's adjective before the weapon's kind
        ("A government suicide drone has hit a minibus carrying farm labourers near al-Atarib.",
         ["syrian-government"]),
        # the sniper's side
        ("A farmer was killed on Monday by the bullet of a sniper of the regime's forces "
         "near Kanakir.", ["syrian-government"]),
        # the army's divisions and security branches named alone
        ("Members of the Fourth Division opened fire on a car carrying a family near Tasil on "
         "Monday.", ["syrian-government"]),
        ("Members of Air Force Intelligence kidnapped a young teacher near al-Quriyah on "
         "Monday.", ["syrian-government"]),
    ],
)  # fmt: skip
def test_who_did_it_when_the_words_name_them_indirectly(sentence: str, actors: list[str]) -> None:
    (report,) = _reports(sentence)
    assert report.actors == actors
    assert report.type.value != "shelling"  # weapons given up are not fired


@pytest.mark.parametrize(
    "sentence",
    [
        # the cue of a place's other name, given before it in brackets
        "Border guards shot dead two young men on the outskirts of Serêkaniyê (Ras al-Ain) on "
        "Monday.",
        # the town named before the act, as where the speakers are
        "Activists in Kafr Batna say a government sniper shot dead a man on the western "
        "outskirts of the town on Monday.",
        # a town's entrance is its edge
        "A sniper shot dead a farmer near the northern entrance of the town of Kanakir on Monday.",
        # hills overlooking a town
        "Nusra Front fighters stormed two hills overlooking the town of Khan Tuman on Monday.",
        # what kind of village it is, between "near" and its name
        "Government troops and rebel fighters clashed near the hilltop village of Kabani on "
        "Monday.",
    ],
)
def test_the_outskirts_are_near_the_place(sentence: str) -> None:
    (report,) = _reports(sentence)
    assert report.place.relation.value == "near"


def test_a_clash_with_the_infiltrators_is_the_infiltration_told() -> None:
    (attempt,) = _reports(
        "On Sunday a group of Jabhat al-Nusra militants tried to infiltrate towards army points "
        "near Suran. Army units clashed with the infiltrators, killing eight of them."
    )
    assert attempt.fatalities is not None and attempt.fatalities.best == 8


def test_near_a_towns_market_is_in_the_town() -> None:
    (bomb,) = _reports("A bomb went off near Manbij's vegetable market on Tuesday evening.")
    assert (bomb.place.name, bomb.place.relation.value) == ("Manbij", "in")


def test_a_river_named_after_a_place_is_not_where_it_happened() -> None:
    (shelling,) = _reports(
        "Turkish-backed factions shelled Assyrian villages on the Khabur river west of Tal "
        "Tamer on Tuesday, killing an elderly man."
    )
    assert shelling.place.name == "Tal Tamer"


def test_where_the_rounds_were_fired_from_is_not_where_they_hit() -> None:
    (shelling,) = _reports(
        "In the capital, mortar rounds and rockets fired from the Ghouta hit Bab Touma on "
        "Sunday, killing a woman, state news agency SANA said."
    )
    assert shelling.place.name == "Bab Touma"


def test_towns_a_road_is_named_after_are_not_where_it_happened() -> None:
    (patrol,) = _reports(
        "On 9 June, the 16th joint Russian-Turkish patrol was carried out on the section of "
        "the M4 Aleppo - Latakia highway between the settlements of Saraqib and Mhambal."
    )
    assert (patrol.place.name, patrol.place.relation.value) == ("Saraqib", "between")


def test_a_third_missile_is_one_more_of_the_warplanes_not_anothers_shelling() -> None:
    first, third = _reports(
        "A government warplane fired two missiles into the vegetable market in Hamouriyeh on "
        "Sunday, killing 14 civilians.\n\nAbout eight minutes later, as residents were pulling "
        "the wounded from the rubble, a third missile struck the street at the entrance of "
        "the market, killing three more people."
    )
    assert (first.type, first.actors) == ("air_strike", ["syrian-government"])
    assert (third.type, third.actors) == (first.type, first.actors)
    assert third.place.name == first.place.name == "Hamouriyeh"
    assert third.fatalities is not None and third.fatalities.best == 3


def test_suburbs_named_after_their_city_are_where_it_happened() -> None:
    (truce,) = _reports(
        "Rebel factions renewed the truce in the southern Damascus suburbs of Yalda and Babbila "
        "on Tuesday."
    )
    assert truce.place.name == "Yalda"
    assert truce.place.admin1_pcode == "SY03"


def test_a_daily_reports_period_dates_its_numbered_incidents_at_their_heading_place() -> None:
    body = (
        "Daily report No. 38. Period: Tuesday 14 April 2020, 00:00-24:00.\n\n"
        "2.1 Kansaba (Latakia), 07:10. Two rockets struck an olive grove on the northern edge "
        "of the village, wounding two farm labourers.\n\n"
        "2.2 Badama (Idlib), 09:30. Government artillery fired some 30 shells at farmland on "
        "the western outskirts of the town."
    )
    rockets, artillery = reports_of(body, dt.date(2020, 4, 15), "Daily report")
    day = dt.date(2020, 4, 14)
    assert [r.place.name for r in (rockets, artillery)] == ["Kansaba", "Badama"]
    assert all((r.date.start, r.date.end) == (day, day) for r in (rockets, artillery))


def test_an_items_act_at_the_entrance_of_the_town_is_near_its_heading_place() -> None:
    body = (
        "Daily digest No. 12, covering Saturday 12 February 2022.\n\n"
        "1. Nawa, Saturday, about 23:30. Unknown gunmen shot dead a former commander of an "
        "opposition faction near the grain silos at the eastern entrance of the town."
    )
    (killing,) = reports_of(body, dt.date(2022, 2, 13), "Daily digest")
    assert (killing.place.name, killing.place.relation.value) == ("Nawa", "near")


def test_a_pull_back_carried_out_only_in_part_is_unmet_and_the_centre_speaks() -> None:
    body = (
        "The factions have pulled back only part of their artillery near Ein Issa, the SDF said "
        "on Monday. The Russian Reconciliation Centre said the withdrawal was largely complete.\n\n"
        "The SDF handed two positions east of Ein Issa to Syrian army units on January 5, the "
        "centre said."
    )
    pull_back, handover = reports_of(body, dt.date(2021, 1, 18), "Ein Issa")
    assert ("sdf", "commitment_unmet") in stances_of(pull_back)
    assert [c.claimant_actor_id for c in handover.claims] == ["russia"]


def test_a_civilian_killed_when_a_mine_exploded_is_its_target() -> None:
    (mine,) = _reports(
        "On Tuesday a farmer was martyred when a landmine planted by terrorists exploded under "
        "his tractor near Mhardeh."
    )
    assert mine.targets == ["civilians"]


def test_these_attacks_called_a_violation_are_the_attacks_not_a_charge_of_the_truces_day() -> None:
    reports = reports_of(
        "Syria Civil Defence - Aleppo Directorate. Facebook post of Saturday 6 June 2020.\n\n"
        "Regime forces shelled al-Atarib this morning, wounding three civilians.\n\n"
        "Yesterday afternoon a boy was killed when an unexploded cluster bomblet went off near "
        "Daret Azza.\n\n"
        "The day before, Russian warplanes carried out four air strikes on farmland around Urum "
        "al-Kubra, setting fire to wheat fields. No one was hurt.\n\n"
        "These attacks are a new violation of the ceasefire that came into force in March, and "
        "they threaten the livelihood of thousands of families.",
        dt.date(2020, 6, 6),
        "Civil Defence post",
        "Syria Civil Defence",
    )
    assert [r.type.value for r in reports] == ["shelling", "remote_explosive", "air_strike"]


def test_the_truce_named_again_is_where_the_truce_told_before_is() -> None:
    renewal, first = reports_of(
        "Rebel factions renewed on Tuesday for another month the truce in Yalda.\n\n"
        "The truce, first agreed last month, has largely held, residents said.",
        dt.date(2017, 2, 15),
        "Truce in Damascus suburbs renewed",
    )
    assert renewal.place.name == first.place.name == "Yalda"


def test_the_base_drones_were_meant_to_attack_is_not_where_the_strike_was() -> None:
    (strike,) = _reports(
        "Russian warplanes struck hills on the outskirts of Jisr al-Shughur overnight, the "
        "Observatory said. The Russian Defence Ministry said its aircraft had destroyed a "
        "workshop where militants assembled drones to attack the Hmeimim air base."
    )
    assert strike.place.name == "Jisr al-Shughur"
    assert ("russia", "confirms") in stances_of(strike)


def test_a_convoy_held_at_a_government_checkpoint_is_held_by_the_government() -> None:
    (held,) = _reports(
        "On Monday the UN convoy to Talbiseh was held for six hours at the last government "
        "checkpoint outside the town and then sent back to Homs city."
    )
    assert held.type.value == "aid_access"
    assert held.actors == ["syrian-government"]
    assert held.targets == ["aid-workers"]  # the UN's convoy: its aid workers


def test_the_first_week_of_a_month_and_the_road_linking_two_towns() -> None:
    (killing,) = reports_of(
        "In the first week of March, unknown gunmen shot dead a teacher on the road linking "
        "Inkhil and Jasim.",
        dt.date(2022, 3, 14),
    )
    assert (killing.date.start, killing.date.end) == (dt.date(2022, 3, 1), dt.date(2022, 3, 7))
    assert killing.date.precision.value == "week"
    assert killing.place.relation.value == "between"


def test_a_convoy_that_could_not_go_ahead_is_dated_by_the_refusal_not_the_plan() -> None:
    (convoy,) = _reports(
        "On 19 October, the Government of Syria informed the UN that the inter-agency convoy "
        "to Talbiseh planned for 20 October could not go ahead, citing military operations."
    )
    assert convoy.type.value == "aid_access"
    assert convoy.date.start == convoy.date.end == dt.date(2019, 10, 19)


def test_shelling_on_its_outskirts_is_near_the_place_its_item_is_headed_by() -> None:
    (resumed,) = _reports(
        "Daily bulletin No. 9, covering Monday.\n\n"
        "(1) Maarat al-Numan: At about 18:30 the shelling of the city resumed, this time on its "
        "southern outskirts."
    )
    assert (resumed.place.name, resumed.place.relation.value) == ("Maarat al-Numan", "near")


@pytest.mark.parametrize(
    ("body", "relation"),
    [
        # what came down in the place, with the air defences told after it
        ("Israeli missiles slammed into buildings in Damascus's Mazzeh district around "
         "midnight, state media said, adding that air defences had intercepted most of them.",
         "in"),
        # drones aimed at a base that its air defences met came down near it
        ("On Monday, militants launched seven armed drones at the Hmeimim air base, all of "
         "which were destroyed by Russian air defences.", "near"),
    ],
)  # fmt: skip
def test_what_air_defences_met_came_down_near_unless_told_landing_in(
    body: str, relation: str
) -> None:
    (strike,) = _reports(body)
    assert strike.place.relation.value == relation


def test_the_subject_of_joined_verbs_keeps_those_who_went_with_it() -> None:
    (abduction,) = _reports(
        "In Deir Ezzor, helicopters of the US occupation forces, accompanied by gunmen of the "
        "SDF, carried out an airdrop at dawn in the town of Khasham and kidnapped three young "
        "men."
    )
    assert abduction.actors == ["us", "sdf"]


def test_the_side_holding_the_area_the_fire_came_from_fired_it() -> None:
    (rockets,) = _reports(
        "On Tuesday, rockets fired from SDF-held areas near Manbij hit the centre of al-Bab."
    )
    assert rockets.actors == ["sdf"]


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        (
            "Jabhat al-Nusra, al Qaeda's Syrian branch, is not covered by the truce. Its fighters "
            "stormed two hills overlooking the town of Khan Tuman, south-west of Aleppo, at dawn "
            "on Wednesday, killing at least 20 soldiers, the group said in a statement.",
            "jfs",
        ),
        (
            "QAMISHLI, Syria, Jan 18 (Test Wire) - Islamic State has stepped up its attacks south "
            "of Hasakah, the SDF said on Monday. Late on Saturday, the group's fighters ambushed "
            "an SDF patrol on the road linking Hasakah and al-Shaddadah, killing four fighters.",
            "isis",
        ),
        (
            "Clashes between government forces and former rebel fighters in al-Sanamayn killed "
            "nine people. On Monday, the fighters handed over three machine guns and two mortars "
            "to Russian military police.",
            "opposition",
        ),
        # its gunners or security men after a time, one of its bombers, a state's aircraft
        (
            "Hayat Tahrir al-Sham controls most of Idlib. Last week its gunners fired a salvo "
            "of Grad rockets at the government-held town of Maarat al-Numan.",
            "hts",
        ),
        (
            "Hayat Tahrir al-Sham controls most of Idlib. Its security men detained a media "
            "activist, Omar al-Khatib, at a checkpoint in Jisr al-Shughur on Monday.",
            "hts",
        ),
        (
            "Islamic State fighters attacked the airport road on Saturday. One of the group's "
            "suicide bombers blew up an armoured car among regime troops near Harabesh.",
            "isis",
        ),
        (
            "The US-led coalition widened its campaign on Friday. Overnight its aircraft "
            "destroyed about 20 vehicles in the desert south-west of al-Mayadin.",
            "us-led-coalition",
        ),
        # a jihadist group's people, named again by another word for them, after "by" too
        (
            "Islamic State fighters stormed army positions near the airport on Wednesday. "
            "Later, rocket shells fired by the militants slammed into a queue outside a bakery "
            "in al-Joura, killing four people.",
            "isis",
        ),
        # ... and after a time that opens the clause
        (
            "Islamic State fighters stormed the prison gate at dusk on Thursday. Minutes later "
            "the militants detonated a second car bomb beside a fuel depot across the road.",
            "isis",
        ),
        # ... and whom a charge names by "its fighters"
        (
            "The SDF faces questions of its own. Residents of al-Mashlab accuse its fighters of "
            "looting shops and homes in the district last week.",
            "sdf",
        ),
    ],
)
def test_its_fighters_are_the_group_the_sentence_before_opened_on(body: str, actor: str) -> None:
    acts = [r for r in _reports(body) if r.type.value != "ceasefire_announced"]
    assert acts and actor in acts[-1].actors


def test_a_convoy_is_placed_where_it_was_stopped_and_an_item_near_its_heading_place() -> None:
    (convoy,) = _reports(
        "Syrian government troops at a checkpoint on the M4 highway near Tall Tamr turned back "
        "a UN convoy for al-Hol on Sunday."
    )
    assert (convoy.place.name, convoy.place.relation.value) == ("Tall Tamr", "near")
    (shells,) = _reports(
        "2.2 Badama (Idlib), 09:30. Government artillery fired some 30 shells at farmland on "
        "the western outskirts of the town."
    )
    assert (shells.place.name, shells.place.relation.value) == ("Badama", "near")


@pytest.mark.parametrize(
    "sentence",
    [
        # "members of one family" are no fighters; the victims may come after a long place
        "Three days ago, aircraft of the US-led coalition struck a house in the village of "
        "al-Shaafah, in the Hajin pocket still held by the group, killing five members of one "
        "family, local activists said.",
        # a farm, and the farm workers it killed
        "An air strike has hit a poultry farm outside the village of Kansaba, killing two farm "
        "workers, local activists say.",
    ],
)
def test_civilians_hit_by_what_the_words_after_the_act_name(sentence: str) -> None:
    (strike,) = _reports(sentence)
    assert "civilians" in strike.targets


def test_a_claim_of_the_ambush_is_the_ambushs_and_elders_and_workers_are_civilians() -> None:
    ambush, elder, bomb = _reports(
        "Islamic State militants ambushed an army convoy in the desert near al-Mayadin "
        "overnight, killing at least 12 soldiers, a war monitor said on Thursday.\n\n"
        "Islamic State claimed the ambush in a statement on its Telegram channels on Thursday.\n\n"
        "Late on Wednesday, gunmen on a motorcycle shot dead a tribal elder outside his home in "
        "al-Busayrah.\n\n"
        "A roadside bomb exploded under a minibus carrying construction workers near Izra."
    )
    assert ("isis", "confirms") in stances_of(ambush)
    assert elder.targets == ["civilians"] and elder.fatalities is not None
    assert bomb.targets == ["civilians"]


def test_a_claim_of_the_bombing_is_the_bombs_not_an_earlier_air_strikes() -> None:
    strike, bomb = _reports(
        "Coalition air strikes hit a school in al-Mayadin on Monday night, killing 14 "
        "civilians, a war monitor said.\n\n"
        "A suicide bomber blew up a car at an SDF checkpoint near al-Shaddadah on Tuesday, "
        "killing three fighters. Islamic State claimed the bombing hours later."
    )
    assert ("isis", "confirms") in stances_of(bomb)
    assert bomb.actors == ["isis"]
    assert "isis" not in {c.claimant_actor_id for c in strike.claims}


def test_the_two_groups_that_agree_a_truce_are_the_two_that_fought() -> None:
    fighting, truce = _reports(
        "Fighting between Hayat Tahrir al-Sham and the Levant Front killed 17 people around "
        "Jindires on Thursday.\n\n"
        "The two groups agreed late on Friday to a truce mediated by Turkish officers."
    )
    assert truce.type.value == "ceasefire_announced"
    assert sorted(truce.actors) == sorted(fighting.actors) == ["hts", "opposition"]


def test_days_of_fighting_are_the_days_before_the_news_and_its_outbreak_one_of_them() -> None:
    (fighting,) = reports_of(
        "AZAZ, Syria, March 19 (Test Wire) - Three days of fighting between Hayat Tahrir "
        "al-Sham and the Levant Front killed 17 people around Jindires, the Observatory said on "
        "Saturday.\n\n"
        "The fighting broke out on Wednesday morning, when Hayat Tahrir al-Sham fighters crossed "
        "from neighbouring Idlib province and attacked Levant Front positions near Jindires.",
        dt.date(2022, 3, 19),
    )
    assert (fighting.date.start, fighting.date.end) == (dt.date(2022, 3, 16), dt.date(2022, 3, 18))
    assert fighting.place.name == "Jindires"


@pytest.mark.parametrize(
    ("body", "said"),
    [
        # fire that answered an attack
        (
            "Government artillery fired some 30 shells at farmland near Badama on Tuesday. The "
            "government liaison officer said the artillery fire on Badama had answered rocket "
            "launches from the town's outskirts.",
            ("syrian-government", "justifies"),
        ),
        # a convoy turned back with a reason
        (
            "On Monday, Syrian government troops at a checkpoint near Tall Tamr turned back a UN "
            "aid convoy of 12 trucks carrying medicines, UN officials said; Damascus said the "
            "convoy lacked the required permits.",
            ("syrian-government", "justifies"),
        ),
        (
            "On Monday, Syrian government troops at a checkpoint near Tall Tamr turned back a UN "
            "aid convoy of 12 trucks carrying medicines, UN officials said; Damascus said the "
            "convoy was turned back for its own safety.",
            ("syrian-government", "justifies"),
        ),
        # a rule invoked for what was done
        (
            "A UN aid convoy reached al-Rastan on Wednesday, after government security officers "
            "removed medical supplies from the trucks at a checkpoint outside the town, the UN "
            "said. In a letter carried by SANA, the Syrian Foreign Ministry said the medicines "
            "had been held back in line with the usual procedures.",
            ("syrian-government", "justifies"),
        ),
        # Daraa's Central Committee speaks for the former rebels
        (
            "Gunmen attacked an army checkpoint between Tafas and al-Muzayrib on Wednesday "
            "night, killing two soldiers, SANA said. The Central Committee categorically denied "
            "that anyone from the area's former rebel factions had taken part in the attack.",
            ("opposition", "denies"),
        ),
    ],
)
def test_who_says_what_of_the_act_told(body: str, said: tuple[str, str]) -> None:
    assert said in set().union(*(stances_of(r) for r in _reports(body)))


def test_an_army_escort_ambushed_is_the_armys() -> None:
    (ambush,) = _reports(
        "Islamic State militants ambushed a convoy of fuel tankers and their army escort in "
        "the desert near al-Mayadin overnight, killing at least 12 soldiers."
    )
    assert "syrian-government" in ambush.targets


def test_whose_car_a_bomb_was_planted_under_is_not_who_planted_it() -> None:
    (bomb,) = _reports(
        "On Monday a bomb planted under the car of a National Front for Liberation commander "
        "exploded in Ariha."
    )
    assert "opposition" not in bomb.actors


@pytest.mark.parametrize(
    ("sentence", "hit"),
    [
        ("On Monday a bomb planted under the car of a National Front for Liberation commander "
         "exploded in Ariha.", "opposition"),
        ("On Sunday a bomb planted under an ambulance of the Kurdish Red Crescent exploded in "
         "al-Busayrah.", "aid-workers"),
    ],
)  # fmt: skip
def test_whose_car_or_ambulance_a_bomb_was_under_is_what_it_hit(sentence: str, hit: str) -> None:
    (bomb,) = _reports(sentence)
    assert hit in bomb.targets


def test_a_clash_reported_in_the_passive_has_no_speaker() -> None:
    (clash,) = _reports(
        "On Tuesday clashes between the army and rebels were reported in villages near Morek."
    )
    assert clash.claims == [] or all(c.claimant_actor_id is None for c in clash.claims)


def test_a_raid_with_detentions_is_the_raiders_and_an_official_sweep_tells_it_again() -> None:
    """ "X stormed the town ... and detained 47 young men": X detained them; state television's
    "army units had cleansed the town of terrorist groups and seized weapons" is the same
    raid in the government's words, and seizing weapons takes no ground."""
    (raid,) = _reports(
        "Regime forces and pro-government militias, known locally as shabiha, stormed the "
        "town of Qudsaya, north-west of Damascus, at dawn on Tuesday and detained at least 47 "
        "young men, activists said.\n\n"
        'State television said army units had "cleansed" Qudsaya of "armed terrorist groups" '
        "and seized weapons and ammunition."
    )
    assert raid.type.value == "abduction"
    assert raid.actors == ["syrian-government", "pro-government-militias"]
    assert "sana" in {c.claimant_actor_id for c in raid.claims}
