"""A behavioural suite in the CheckList style: event extraction on unseen news wording.

Every sentence here was written for this suite in the plain wording of wire and newspaper
reports (active, passive, nominal, headline style, fronted dates and places, "X said"
attribution, vague and bounded numbers); none comes from a dataset. Each positive case
names what a careful human coder would record for the sentence's main event: the ACLED
sub-event type, the kinds of actor1 and actor2 (None: not checked), the fatalities ACLED
would code (None: no deaths reported) and the country. The negative cases report no new
event (condemnations, threats, plans, denials, habits, anniversaries, background, what
might happen, sports and metaphor) and must give none.

The whole pipeline runs, as `sitrep extract` runs it, on an article published
2024-03-15.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from sitrep.model import Event, Extraction, make_article
from sitrep.pipeline import process_article

PUBLISHED = "2024-03-15"


@dataclass(frozen=True)
class Case:
    text: str
    sub_event_type: str
    country: str | None
    fatalities: int | None = None
    actor1: str | None = None
    actor2: str | None = None


def _extract(text: str) -> Extraction:
    return process_article(make_article(text, published=PUBLISHED))


def _main_event(events: tuple[Event, ...] | list[Event]) -> Event:
    """The event a reader takes the sentence to report: the most confident, then the first."""
    return max(events, key=lambda e: (e.confidence, -e.evidence.start))


def _describe(event: Event) -> str:
    a1 = event.actor1.type if event.actor1 else None
    a2 = event.actor2.type if event.actor2 else None
    country = event.location.country if event.location else None
    return (
        f"{event.sub_event_type} a1={a1} a2={a2} "
        f"fatalities={event.fatalities.low} country={country} modality={event.modality}"
    )


def check(case: Case) -> list[str]:
    """The ways the main event of the case differs from the expected one (empty: none)."""
    events = _extract(case.text).events
    if not events:
        return ["no event"]
    event = _main_event(events)
    problems: list[str] = []
    if event.sub_event_type != case.sub_event_type:
        problems.append(f"sub-type {event.sub_event_type!r} != {case.sub_event_type!r}")
    if case.actor1 is not None and (event.actor1 is None or event.actor1.type != case.actor1):
        problems.append(f"actor1 {event.actor1.type if event.actor1 else None} != {case.actor1}")
    if case.actor2 is not None and (event.actor2 is None or event.actor2.type != case.actor2):
        problems.append(f"actor2 {event.actor2.type if event.actor2 else None} != {case.actor2}")
    deaths = event.fatalities.low or None
    if deaths != case.fatalities:
        problems.append(f"fatalities {event.fatalities.low} != {case.fatalities}")
    country = event.location.country if event.location else None
    if case.country is not None and country != case.country:
        problems.append(f"country {country} != {case.country}")
    return [f"{p} [{_describe(event)}]" for p in problems]


STATE = "state_forces"
REBELS = "rebel_group"
CIVILIANS = "civilians"
PROTESTERS = "protesters"
RIOTERS = "rioters"

POSITIVES: tuple[Case, ...] = (
    # Air/drone strike
    Case(
        "Israeli warplanes struck a house in Khan Younis on Tuesday, killing at least 12 "
        "people, health officials said.",
        "Air/drone strike",
        "PS",
        fatalities=12,
        actor1=STATE,
    ),
    Case(
        "A drone strike killed three al-Shabaab militants near Jilib, the Somali army said.",
        "Air/drone strike",
        "SO",
        fatalities=3,
        actor2=REBELS,
    ),
    Case(
        "Airstrikes by the Sudanese army on a market in Nyala killed dozens of people on Monday.",
        "Air/drone strike",
        "SD",
        fatalities=12,
        actor1=STATE,
    ),
    Case(
        "US air strike kills Islamic State commander in eastern Syria",
        "Air/drone strike",
        "SY",
        fatalities=1,
        actor1=STATE,
        actor2=REBELS,
    ),
    # Shelling/artillery/missile attack
    Case(
        "Russian forces shelled the city of Kherson on Sunday, killing a woman and wounding "
        "four others, the regional governor said.",
        "Shelling/artillery/missile attack",
        "UA",
        fatalities=1,
        actor1=STATE,
    ),
    Case(
        "Two children were killed when artillery shells hit their home in Donetsk.",
        "Shelling/artillery/missile attack",
        "UA",
        fatalities=2,
    ),
    Case(
        "Houthi rebels fired a ballistic missile at the port city of Mokha on Friday.",
        "Shelling/artillery/missile attack",
        "YE",
        actor1=REBELS,
    ),
    Case(
        "Mortar fire killed at least five people in a market in Mogadishu, police said.",
        "Shelling/artillery/missile attack",
        "SO",
        fatalities=5,
    ),
    # Armed clash
    Case(
        "Soldiers clashed with Boko Haram militants near Maiduguri, leaving 15 insurgents "
        "dead, the military said.",
        "Armed clash",
        "NG",
        fatalities=15,
        actor1=STATE,
        actor2=REBELS,
    ),
    Case(
        "TTP militants attacked a police checkpoint in Dera Ismail Khan overnight, killing "
        "four officers.",
        "Armed clash",
        "PK",
        fatalities=4,
        actor1=REBELS,
        actor2=STATE,
    ),
    Case(
        "A soldier was killed in an exchange of fire with gunmen in Zamfara State on Wednesday.",
        "Armed clash",
        "NG",
        fatalities=1,
    ),
    Case(
        "M23 rebels and Congolese troops fought for control of Sake on Thursday.",
        "Armed clash",
        "CD",
    ),
    Case(
        "Insurgents launched an attack on the state capital, Maiduguri, on Monday, killing "
        "five soldiers.",
        "Armed clash",
        "NG",
        fatalities=5,
        actor2=STATE,
    ),
    Case(
        "Troops fought off an attack by Boko Haram on their base in Borno State on Sunday.",
        "Armed clash",
        "NG",
    ),
    # Attack (violence against civilians)
    Case(
        "Suspected jihadists shot dead a village chief in northern Burkina Faso, local "
        "sources said.",
        "Attack",
        "BF",
        fatalities=1,
        actor2=CIVILIANS,
    ),
    Case(
        "Al-Shabaab militants beheaded two farmers near Lamu, police said.",
        "Attack",
        "KE",
        fatalities=2,
        actor1=REBELS,
        actor2=CIVILIANS,
    ),
    Case("Gunmen kill 7 in attack on church in Burkina Faso", "Attack", "BF", fatalities=7),
    # Abduction/forced disappearance
    Case(
        "Gunmen abducted 30 students from a school in Kaduna State on Thursday.",
        "Abduction/forced disappearance",
        "NG",
        actor2=CIVILIANS,
    ),
    Case(
        "Bandits kidnapped dozens of passengers from a bus in Zamfara State, police said.",
        "Abduction/forced disappearance",
        "NG",
        actor2=CIVILIANS,
    ),
    # Sexual violence
    Case(
        "A teenage girl was gang-raped by armed men near Bunia on Saturday, local officials said.",
        "Sexual violence",
        "CD",
        actor2=CIVILIANS,
    ),
    # Remote explosive/landmine/IED
    Case(
        "A roadside bomb killed four soldiers near Kidal on Monday.",
        "Remote explosive/landmine/IED",
        "ML",
        fatalities=4,
        actor2=STATE,
    ),
    Case(
        "A car bomb exploded outside a police station in Mogadishu on Friday, killing at "
        "least eight people.",
        "Remote explosive/landmine/IED",
        "SO",
        fatalities=8,
    ),
    Case(
        "An improvised explosive device targeted an army convoy in Borno State, the military said.",
        "Remote explosive/landmine/IED",
        "NG",
        actor2=STATE,
    ),
    Case(
        "In Mogadishu, a car bomb killed at least six people on Sunday.",
        "Remote explosive/landmine/IED",
        "SO",
        fatalities=6,
    ),
    # Suicide bomb
    Case(
        "A suicide bomber blew himself up at a mosque in Peshawar during Friday prayers, "
        "killing at least 30 worshippers.",
        "Suicide bomb",
        "PK",
        fatalities=30,
    ),
    Case(
        "Suicide attack kills five soldiers in Somalia's Lower Shabelle region",
        "Suicide bomb",
        "SO",
        fatalities=5,
    ),
    # Grenade
    Case(
        "An attacker threw a grenade into a crowded market in Bujumbura on Saturday, wounding "
        "12 people.",
        "Grenade",
        "BI",
    ),
    Case(
        "A hand grenade was hurled at a police patrol in Srinagar, injuring three officers.",
        "Grenade",
        "IN",
        actor2=STATE,
    ),
    # Arrests
    Case(
        "Police arrested 25 people suspected of links to the Islamic State in Istanbul on Tuesday.",
        "Arrests",
        "TR",
        actor1=STATE,
    ),
    Case(
        "Dozens of activists were arrested in Tehran after the funeral, state media reported.",
        "Arrests",
        "IR",
    ),
    Case(
        "Turkish authorities have detained 33 suspects in raids across Ankara.",
        "Arrests",
        "TR",
        actor1=STATE,
    ),
    Case(
        "On Monday, police in Karachi arrested three men suspected of planning attacks.",
        "Arrests",
        "PK",
        actor1=STATE,
    ),
    # Peaceful protest
    Case(
        "Thousands of people marched through Nairobi on Tuesday to protest against new taxes.",
        "Peaceful protest",
        "KE",
        actor1=PROTESTERS,
    ),
    Case(
        "Teachers staged a sit-in outside the education ministry in Rabat to demand higher pay.",
        "Peaceful protest",
        "MA",
        actor1=PROTESTERS,
    ),
    Case(
        "Hundreds of farmers rallied in Lahore on Friday against rising fertiliser prices.",
        "Peaceful protest",
        "PK",
        actor1=PROTESTERS,
    ),
    # Protest with intervention
    Case(
        "Police fired tear gas to disperse hundreds of protesters in Kampala on Monday.",
        "Protest with intervention",
        "UG",
        actor1=PROTESTERS,
        actor2=STATE,
    ),
    Case(
        "Riot police broke up a demonstration by opposition supporters in Conakry and "
        "detained 20 people.",
        "Protest with intervention",
        "GN",
        actor1=PROTESTERS,
        actor2=STATE,
    ),
    # Excessive force against protesters
    Case(
        "Police opened fire on protesters in Nairobi, killing at least five people, rights "
        "groups said.",
        "Excessive force against protesters",
        "KE",
        fatalities=5,
        actor1=PROTESTERS,
        actor2=STATE,
    ),
    Case(
        "Two protesters were killed when soldiers fired live ammunition at a crowd in Khartoum.",
        "Excessive force against protesters",
        "SD",
        fatalities=2,
        actor1=PROTESTERS,
        actor2=STATE,
    ),
    # Violent demonstration
    Case(
        "Protesters set fire to government buildings and clashed with police in Dhaka on Friday.",
        "Violent demonstration",
        "BD",
        actor1=RIOTERS,
    ),
    Case(
        "Rioters hurled stones at police and torched vehicles in Dakar after the opposition "
        "leader's arrest.",
        "Violent demonstration",
        "SN",
        actor1=RIOTERS,
    ),
    Case(
        "Demonstrators stormed the parliament building in Kampala and smashed windows.",
        "Violent demonstration",
        "UG",
        actor1=RIOTERS,
    ),
    Case(
        "A crowd of villagers attacked a police post in Kasese after a local man died in custody.",
        "Violent demonstration",
        "UG",
        actor1=RIOTERS,
        actor2=STATE,
    ),
    # Mob violence
    Case(
        "A mob beat a man to death in Lagos after accusing him of theft.",
        "Mob violence",
        "NG",
        fatalities=1,
        actor1=RIOTERS,
    ),
    Case(
        "An angry crowd lynched two suspected kidnappers in a village near Port-au-Prince.",
        "Mob violence",
        "HT",
        fatalities=2,
        actor1=RIOTERS,
    ),
    # Looting/property destruction
    Case(
        "Armed men burned down a school in Cameroon's Northwest region overnight.",
        "Looting/property destruction",
        "CM",
    ),
    Case(
        "RSF fighters looted the main market in El Geneina, residents said.",
        "Looting/property destruction",
        "SD",
        actor1=REBELS,
    ),
    # Non-violent transfer of territory
    Case(
        "The army pulled out of the town of Bambari, and militiamen moved in without a fight.",
        "Non-violent transfer of territory",
        "CF",
    ),
    Case(
        "Al-Shabaab took over the Somali town of Moqokori after Ethiopian troops withdrew from "
        "their base.",
        "Non-violent transfer of territory",
        "SO",
        actor1=REBELS,
    ),
    # Government regains territory
    Case(
        "Government forces recaptured the town of Wad Madani from the RSF on Saturday.",
        "Government regains territory",
        "SD",
        actor1=STATE,
        actor2=REBELS,
    ),
    Case(
        "Iraqi troops regained control of several villages near Kirkuk from Islamic State "
        "militants.",
        "Government regains territory",
        "IQ",
        actor1=STATE,
        actor2=REBELS,
    ),
    # Non-state actor overtakes territory
    Case(
        "M23 rebels captured the Congolese town of Bunagana on the border with Uganda on Monday.",
        "Non-state actor overtakes territory",
        "CD",
        actor1=REBELS,
    ),
    Case(
        "Jihadists seized control of the town of Djibo after heavy fighting with the army.",
        "Non-state actor overtakes territory",
        "BF",
        actor2=STATE,
    ),
    Case(
        "Houthi fighters took over the district centre in Marib province, local officials said.",
        "Non-state actor overtakes territory",
        "YE",
        actor1=REBELS,
    ),
    # Agreement
    Case(
        "The Sudanese army and the RSF signed a ceasefire agreement in Jeddah on Saturday.",
        "Agreement",
        None,
    ),
    Case(
        "Israel and Hamas agreed to a four-day truce and the exchange of hostages, Qatar "
        "announced.",
        "Agreement",
        None,
    ),
    Case(
        "Warring factions in Tripoli agreed to a ceasefire on Tuesday after two days of fighting.",
        "Agreement",
        "LY",
    ),
    Case(
        "Ethiopia's government and Tigrayan forces signed a peace deal in Pretoria on Wednesday.",
        "Agreement",
        None,
    ),
    # Change to group/activity
    Case(
        "Several jihadist factions in northern Mali announced their merger into a single group.",
        "Change to group/activity",
        "ML",
    ),
    # more wordings of the sub-types above
    Case(
        "Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, "
        "officials said.",
        "Air/drone strike",
        "RU",
        actor1=STATE,
    ),
    Case(
        "An Israeli strike on a car in southern Lebanon killed two Hezbollah members on Thursday.",
        "Air/drone strike",
        "LB",
        fatalities=2,
        actor1=STATE,
    ),
    Case(
        "Rockets fired from Gaza struck the Israeli town of Sderot on Saturday, wounding "
        "three people.",
        "Shelling/artillery/missile attack",
        "IL",
    ),
    Case(
        "The town of Avdiivka came under heavy artillery fire overnight, Ukrainian officials said.",
        "Shelling/artillery/missile attack",
        "UA",
    ),
    Case(
        "Gunmen ambushed a military convoy near Mopti, killing seven soldiers, the army said.",
        "Armed clash",
        "ML",
        fatalities=7,
        actor2=STATE,
    ),
    Case(
        "Unidentified gunmen shot dead a local councillor outside his home in Kandahar on Friday.",
        "Attack",
        "AF",
        fatalities=1,
        actor2=CIVILIANS,
    ),
    Case(
        "Islamic State fighters executed 12 men in a village near Palmyra, a monitoring "
        "group said.",
        "Attack",
        "SY",
        fatalities=12,
        actor1=REBELS,
        actor2=CIVILIANS,
    ),
    Case(
        "Pirates kidnapped six crew members from a cargo ship off the coast of Nigeria.",
        "Abduction/forced disappearance",
        "NG",
    ),
    Case(
        "More than 100 schoolchildren were abducted by gunmen in Kebbi State on Thursday.",
        "Abduction/forced disappearance",
        "NG",
        actor2=CIVILIANS,
    ),
    Case(
        "A bomb hidden in a motorcycle exploded at a bus station in Quetta on Monday, "
        "killing nine people.",
        "Remote explosive/landmine/IED",
        "PK",
        fatalities=9,
    ),
    Case(
        "A suicide bomber killed 12 people at a checkpoint in Mogadishu on Saturday.",
        "Suicide bomb",
        "SO",
        fatalities=12,
    ),
    Case(
        "Two suicide bombers attacked a church in Makassar during Palm Sunday mass.",
        "Suicide bomb",
        "ID",
    ),
    Case(
        "Unknown assailants lobbed a grenade at a bar in Mombasa, injuring four people.",
        "Grenade",
        "KE",
    ),
    Case(
        "Indian police arrested two militants with a cache of weapons in Srinagar on Wednesday.",
        "Arrests",
        "IN",
        actor1=STATE,
    ),
    Case(
        "Russian police detained more than 100 people at rallies in Moscow on Sunday.",
        "Protest with intervention",
        "RU",
    ),
    Case(
        "Farmers blocked roads with tractors in Paris to protest against low prices.",
        "Peaceful protest",
        "FR",
        actor1=PROTESTERS,
    ),
    Case(
        "At least 20 protesters were shot dead by security forces in Mandalay on Sunday.",
        "Excessive force against protesters",
        "MM",
        fatalities=20,
    ),
    Case(
        "Rioters looted shops and set cars ablaze in Johannesburg after the arrest of the "
        "former president.",
        "Violent demonstration",
        "ZA",
        actor1=RIOTERS,
    ),
    Case(
        "Residents lynched a suspected witch in a village near Dodoma.",
        "Mob violence",
        "TZ",
        fatalities=1,
    ),
    Case(
        "Soldiers torched dozens of houses in a village in Sagaing Region, residents said.",
        "Looting/property destruction",
        "MM",
        actor1=STATE,
    ),
    Case(
        "Taliban fighters captured the city of Kunduz on Sunday after days of fighting.",
        "Non-state actor overtakes territory",
        "AF",
        actor1=REBELS,
    ),
    Case(
        "The warring parties in South Sudan signed a peace agreement in Addis Ababa.",
        "Agreement",
        None,
    ),
    Case(
        "The government and the ELN rebels agreed to a six-month ceasefire in Colombia.",
        "Agreement",
        "CO",
    ),
    Case(
        "Strikes by transport workers paralysed the city of Lagos on Monday.",
        "Peaceful protest",
        "NG",
    ),
    # datelines, attribution first, quotes
    Case(
        "KABUL (Reuters) - A roadside bomb killed three policemen in Helmand province on Tuesday, "
        "officials said.",
        "Remote explosive/landmine/IED",
        "AF",
        fatalities=3,
        actor2=STATE,
    ),
    Case(
        "Nigerian troops have killed 25 Boko Haram fighters in an operation in Borno State, the "
        "army said on Monday.",
        "Armed clash",
        "NG",
        fatalities=25,
        actor1=STATE,
        actor2=REBELS,
    ),
    Case(
        "Witnesses said soldiers opened fire on the crowd in Yangon, killing at least seven "
        "protesters.",
        "Excessive force against protesters",
        "MM",
        fatalities=7,
    ),
    Case(
        "According to local officials, gunmen killed five worshippers at a mosque in Niger's "
        "Tillaberi region on Friday.",
        "Attack",
        "NE",
        fatalities=5,
        actor2=CIVILIANS,
    ),
    Case(
        "Syrian government forces shelled rebel-held areas of Idlib on Wednesday, killing four "
        "civilians, a war monitor said.",
        "Shelling/artillery/missile attack",
        "SY",
        fatalities=4,
        actor1=STATE,
    ),
    Case(
        "A Ukrainian drone attack on Belgorod killed one person, the regional governor said.",
        "Air/drone strike",
        "RU",
        fatalities=1,
    ),
    Case(
        "Islamist militants killed a soldier and wounded two others in an attack on an army post "
        "in Burkina Faso on Monday.",
        "Armed clash",
        "BF",
        fatalities=1,
        actor2=STATE,
    ),
    Case(
        "Ethnic militias clashed in Ituri province, leaving at least 30 people dead, a local "
        "official said.",
        "Armed clash",
        "CD",
        fatalities=30,
    ),
    Case(
        "Police shot dead a man suspected of carrying explosives near the airport in Kano.",
        "Attack",
        "NG",
        fatalities=1,
    ),
    # guards: wordings close to the non-events below that still report events
    Case("Protests are continuing in Nairobi for a third day.", "Peaceful protest", "KE"),
    Case("Clashes are ongoing in Khartoum, residents said.", "Armed clash", "SD"),
    Case(
        "Gunmen fought back when troops raided their hideout in Zamfara State on Tuesday.",
        "Armed clash",
        "NG",
    ),
    Case("Clashes are reported in Aleppo.", "Armed clash", "SY"),
    Case(
        "A soldier was killed by sniper fire in Donetsk on Monday.",
        "Armed clash",
        "UA",
        fatalities=1,
    ),
    Case(
        "Iraqi forces, seeking to retake Mosul, launched an assault on Monday.", "Armed clash", "IQ"
    ),
    Case(
        "On 11-12 March, coalition forces conducted strikes near Mosul.", "Air/drone strike", "IQ"
    ),
    # state sides, attackers after "by", demonyms, holders, crowds and tolls (issue 6)
    Case(
        "Security forces killed three militants in a raid in Kirkuk on Monday.",
        "Armed clash",
        "IQ",
        fatalities=3,
        actor1=STATE,
        actor2=REBELS,
    ),
    Case(
        "A village chief was shot dead by unidentified armed men in Mopti on Sunday.",
        "Attack",
        "ML",
        fatalities=1,
        actor1=REBELS,
        actor2=CIVILIANS,
    ),
    Case(
        "Three civilians were killed in Russian shelling of Nikopol on Sunday.",
        "Shelling/artillery/missile attack",
        "UA",
        fatalities=3,
        actor1=STATE,
        actor2=CIVILIANS,
    ),
    Case(
        "A Palestinian gunman killed three Israelis at a bus stop in Jerusalem.",
        "Attack",
        "IL",
        fatalities=3,
        actor2=CIVILIANS,
    ),
    Case(
        "The army recaptured three villages from rebels in North Kivu.",
        "Government regains territory",
        "CD",
        actor1=STATE,
        actor2=REBELS,
    ),
    Case(
        "Thousands of people demonstrated on Saturday in Tunis.",
        "Peaceful protest",
        "TN",
        actor1=PROTESTERS,
    ),
    Case(
        "Youths threw stones at police in Nairobi on Monday.",
        "Violent demonstration",
        "KE",
        actor1=RIOTERS,
        actor2=STATE,
    ),
    Case(
        "Two soldiers were killed when a landmine exploded near Kidal on Monday.",
        "Remote explosive/landmine/IED",
        "ML",
        fatalities=2,
        actor2=STATE,
    ),
    Case(
        "Five people were killed in a grenade attack on a market in Bujumbura.",
        "Grenade",
        "BI",
        fatalities=5,
        actor2=CIVILIANS,
    ),
)

NEGATIVES: tuple[str, ...] = (
    # condemnations, threats, plans, denials
    "Western governments condemned the attack and called for restraint.",
    "The rebels threatened to attack the capital if their demands are not met.",
    "Opposition groups plan to hold mass protests in Nairobi next week.",
    "The army denied that its soldiers had killed civilians in the village.",
    "The minister vowed to crush the insurgency within months.",
    "Police said they would arrest anyone who joins the banned rally.",
    # habits and generic statements
    "Armed groups often attack convoys on this road.",
    "Tax protests have a long history in the country.",
    "Kidnappings remain common on the highway between Abuja and Kaduna.",
    "Rebel leaders said they had not attacked any civilians.",
    "The president threatened to send troops into the region if the violence continued.",
    # anniversaries and background
    "Sunday marks the tenth anniversary of the massacre in which 200 people were killed.",
    "The town was captured by Islamic State militants in 2014.",
    "The film depicts the bombing of Dresden in 1945.",
    "A memorial service was held for the victims of the 2017 bombing.",
    "Three years ago, militants stormed the hotel and killed 21 people.",
    # what might happen
    "If the talks fail, the army could launch a new offensive against the rebels.",
    "Analysts warn that fighting could erupt again in the region.",
    # sports and metaphor
    "The opposition leader launched a blistering attack on the government's budget.",
    "Liverpool's attack was relentless as they crushed Arsenal 4-1 on Saturday.",
    "The striker shot twice before the break but missed both times.",
    "Health officials are fighting an outbreak of cholera in the camp.",
    "The company's shares were hit hard by the news.",
    "Critics said the new law was an assault on press freedom.",
    "Firefighters battled a blaze at a warehouse in Lagos overnight.",
    "Students were killed in a road accident on the highway near Kano.",
    # more statements, plans, denials and figures of speech
    "Officials warned that the militants could strike again at any time.",
    "The army said it was ready to retake the town if ordered.",
    "The ministry denied reports that its forces had shelled the camp.",
    "The rebels have denied carrying out the attack.",
    "Protests are planned in several cities this weekend.",
    "The prime minister condemned the violence and urged calm.",
    "Bombings like the one in Madrid in 2004 remain a threat.",
    "The report documents abductions carried out by the group since 2015.",
    "Markets were hit by a wave of selling after the central bank's decision.",
    "The team's defence held firm as they beat Chelsea 2-0.",
    "He survived a heart attack last year.",
    "The senator attacked the president's plan in a speech on Monday.",
    # totals, background and what officials fear
    "The government said it would investigate the killings.",
    "No one has claimed responsibility for the attack.",
    "The conflict has killed more than 400,000 people since 2011.",
    "In 2017, a truck bomb in Mogadishu killed more than 500 people.",
    "The group is believed to have kidnapped hundreds of people over the years.",
    "Human rights groups have long accused the police of using excessive force.",
    "The minister said the army would not tolerate attacks on civilians.",
    "Officials fear the ceasefire could collapse.",
    "The talks are expected to lead to a ceasefire agreement next month.",
    "Security was tight in the capital ahead of the vote.",
    "The striker scored twice as City beat United.",
)


@pytest.mark.parametrize("case", POSITIVES, ids=lambda c: c.text[:60])
def test_a_reported_event_is_coded_as_a_coder_would(case: Case) -> None:
    assert check(case) == []


@pytest.mark.parametrize("text", NEGATIVES, ids=lambda t: t[:60])
def test_no_new_event_gives_no_event(text: str) -> None:
    assert [_describe(e) for e in _extract(text).events] == []
