"""A checklist of English news phrasing (wire, broadcast, political and business
reporting) that TimeBank rarely shows, each with the TIMEX3 value a careful coder gives
it (as TimeBank writes it where conventions differ: "a decade ago" is the year ten back,
"2007", as "ten years ago" is; "the past week" a DATE), in a story published on a
Wednesday. Among them the forms this round added: "this past weekend", "the first week
of May", "(on) the 25th", the plural present as a schedule ("the new rules take effect
on Jan. 1"), a preposition before a modifier left out of the evidence ("by the end of
the year"), "this Friday", "that evening", "at 1400 hours", "noon ET", "(on) weekends",
bounds kept in a duration ("up to five years"), "FY2016", "the July-September quarter",
"the months following", and more named days ("Black Friday", "Ashura", "Nowruz").
"""

from __future__ import annotations

import pytest
from timex_helpers import found, value

ANCHOR = "2017-04-12"  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        (
            "At least 40 people were killed in the past 24 hours, the ministry said.",
            "the past 24 hours",
            "PT24H",
        ),
        ("More troops are expected to arrive in the coming days.", "the coming days", "PXD"),
        ("The president signed the order earlier Tuesday.", "Tuesday", "2017-04-11"),
        ("Rebels seized the town late last month.", "late last month", "2017-03"),
        ("Thousands marched in the capital this past weekend.", "this past weekend", "2017-W14-WE"),
        ("Lawmakers are bracing for Tuesday's vote.", "Tuesday", "2017-04-11"),
        ("Russia meddled in the 2016 election, officials said.", "2016", "2016"),
        ("The factory closed a decade ago.", "a decade ago", "2007"),
        ("Exports have fallen two years running.", "two years", "P2Y"),
        ("The area has been contested since the 1970s.", "the 1970s", "197"),
        ("The company expanded rapidly in the early 2000s.", "the early 2000s", "200"),
        ("The plan will cost $2 billion over the next 10 years.", "the next 10 years", "P10Y"),
        ("He vowed to repeal the law in his first 100 days.", "first 100 days", "P100D"),
        ("The country has been at war for nearly two decades.", "nearly two decades", "P20Y"),
        ("Sales have declined in the last three quarters.", "the last three quarters", "P3Q"),
        ("Police arrived at the scene in mid-morning.", "mid-morning", "2017-04-12TMO"),
        ("The polls close at 5 p.m. ET.", "5 p.m. ET", "2017-04-12T17:00-04:00"),
        ("The ceasefire took effect at 0600 GMT on Monday.", "0600 GMT", "2017-04-10T06:00Z"),
        ("Two car bombs exploded earlier in the day.", "the day", "2017-04-12"),
        ("Prices have risen 3 percent over the past week.", "the past week", "2017-W14"),
        ("The rebels launched an offensive last spring.", "last spring", "2016-SP"),
        ("Demand will double by the 2020s.", "the 2020s", "202"),
        ("The troops will leave by the end of the year.", "the end of the year", "2017"),
        ("The bridge should be finished by year's end.", "year's end", "2017"),
        ("Parliament will debate the bill this fall.", "this fall", "2017-FA"),
        ("The group had carried out 30 attacks the previous year.", "the previous year", "2016"),
        ("He was arrested in 2014 and charged the following year.", "the following year", "2015"),
        ("A decision is expected in about two weeks.", "about two weeks", "P2W"),
        ("Civilians were told to leave within 48 hours.", "48 hours", "PT48H"),
        ("She was sentenced on Friday to a 10-year prison term.", "10-year", "P10Y"),
        ("The country holds elections every four years.", "every four years", "P4Y"),
        ("Inspectors visit the site twice a week.", "twice a week", "P1W"),
        ("The ministry publishes the figures monthly.", "monthly", "P1M"),
        ("The bodies were found the night of Dec. 3.", "Dec. 3", "2016-12-03"),
        ("Unemployment fell to 4.5 percent in March, the lowest in a decade.", "a decade", "P10Y"),
        ("The attack came hours after the talks collapsed.", "hours", "PTXH"),
        ("Voters go to the polls on June 8.", "June 8", "2017-06-08"),
        ("The minister resigned on Wednesday.", "Wednesday", "2017-04-12"),
        ("The militants struck again on Thursday night.", "Thursday night", "2017-04-06TNI"),
        ("The statement was released late Monday.", "late Monday", "2017-04-10"),
        ("Officials will meet early next week.", "early next week", "2017-W16"),
        (
            "Fighting intensified in the first half of the year.",
            "the first half of the year",
            "2017-H1",
        ),
        ("Profit rose in the fourth quarter of 2016.", "the fourth quarter of 2016", "2016-Q4"),
        (
            "The company reported results for the three months to March 31.",
            "the three months",
            "P3M",
        ),
        ("He served two terms between 2009 and 2017.", "2009", "2009"),
        ("The war, which began in 2011, has killed nearly half a million people.", "2011", "2011"),
        ("The siege lasted 18 months.", "18 months", "P18M"),
        ("The curfew runs from 10 p.m. to 6 a.m.", "10 p.m.", "2017-04-12T22:00"),
        ("Attacks were reported overnight in the north.", "overnight", "2017-04-11TNI"),
        ("The crisis has dragged on for more than six years.", "more than six years", "P6Y"),
        (
            "The economy grew 2.1 percent year-on-year in the first quarter.",
            "the first quarter",
            "2017-Q1",
        ),
        ("Oil prices hit a two-year high on Wednesday.", "two-year", "P2Y"),
        ("The agreement expires at the end of the month.", "the end of the month", "2017-04"),
        ("The government must present a budget by mid-May.", "mid-May", "2017-05"),
        ("Turnout was the lowest since 1998.", "1998", "1998"),
        (
            "The opposition won a majority in 2015 for the first time in two decades.",
            "two decades",
            "P20Y",
        ),
        ("Police said the suspect had lived in the city for years.", "years", "PXY"),
        ("The ruling party has governed since independence in 1962.", "1962", "1962"),
        ("The central bank will meet next month.", "next month", "2017-05"),
        ("The talks ended last Friday without an agreement.", "last Friday", "2017-04-07"),
        ("The summit is scheduled for the weekend.", "the weekend", "2017-W15-WE"),
        ("Attacks have doubled over the past two years.", "the past two years", "P2Y"),
        ("The army has made gains in recent months.", "recent months", "PXM"),
        ("In recent weeks, the rebels have lost ground.", "recent weeks", "PXW"),
        ("The vote is due on April 20, a week from Thursday.", "April 20", "2017-04-20"),
        ("Prices fell 2 percent in the 12 months to March.", "the 12 months", "P12M"),
        ("The market opened at 9:30 a.m. on Monday.", "9:30 a.m.", "2017-04-10T09:30"),
        ("The blast happened at around 8:15 local time.", "8:15 local time", "2017-04-12T08:15"),
        ("He will be in office until 2021.", "2021", "2021"),
        ("The agency was founded in the 19th century.", "the 19th century", "18"),
        ("It was the deadliest attack since September 2001.", "September 2001", "2001-09"),
        ("The two leaders spoke by phone on Sunday evening.", "Sunday evening", "2017-04-09TEV"),
        ("The talks resume later this month.", "later this month", "2017-04"),
        ("The vote was delayed by a week.", "a week", "P1W"),
        ("Shares have lost a third of their value this year.", "this year", "2017"),
        ("The new rules take effect on Jan. 1.", "Jan. 1", "2018-01-01"),
        ("The opposition holds weekly protests in the capital.", "weekly", "P1W"),
        ("Patrols are carried out daily.", "daily", "P1D"),
        ("The festival is held annually in August.", "annually", "P1Y"),
        ("Inflation hit a five-year high last month.", "five-year", "P5Y"),
        ("The embargo was lifted in the mid-1990s.", "the mid-1990s", "199"),
        ("The ceasefire held for much of the weekend.", "the weekend", "2017-W14-WE"),
        ("Aid convoys have been blocked since early March.", "early March", "2017-03"),
        ("The group claimed an attack in late 2015.", "late 2015", "2015"),
        ("The 2014 war left 2,200 people dead.", "2014", "2014"),
        ("Tuesday's attack was the third in a month.", "Tuesday", "2017-04-11"),
        ("Wednesday's talks ended without a deal.", "Wednesday", "2017-04-12"),
        ("The president will visit the region on the 25th.", "the 25th", "2017-04-25"),
        ("Dozens have been arrested in the past few days.", "the past few days", "PXD"),
        ("More rain is forecast over the next few weeks.", "the next few weeks", "PXW"),
        ("The city was retaken in the summer of 2014.", "the summer of 2014", "2014-SU"),
        ("The law was passed in spring 2016.", "spring 2016", "2016-SP"),
        ("The envoy visited Damascus two weeks ago.", "two weeks ago", "2017-W13"),
        ("Last week's attack killed 12 people.", "Last week", "2017-W14"),
        ("The minister resigned earlier this week.", "earlier this week", "2017-W15"),
        ("The blast occurred late on Sunday.", "Sunday", "2017-04-09"),
        ("Gunmen stormed the hotel in the early hours of Sunday.", "Sunday", "2017-04-09"),
        ("The bridge reopened five years on.", "five years", "P5Y"),
        ("Crime fell sharply in the 1990s.", "the 1990s", "199"),
        ("He was a star in the '90s.", "the '90s", "199"),
        ("The company expects revenue to grow in fiscal 2018.", "fiscal 2018", "2018"),
        ("Profit rose 10 percent in Q1.", "Q1", "2017-Q1"),
        ("The plant will open in the first week of May.", "the first week of May", "2017-W18"),
        ("The report was published in April 2016.", "April 2016", "2016-04"),
        ("Prices have risen 8 percent in the past 12 months.", "the past 12 months", "P12M"),
        ("No attacks were reported in the last 48 hours.", "the last 48 hours", "PT48H"),
        ("The leaders will meet at noon on Friday.", "noon", "2017-04-14T12:00"),
        (
            "The quake struck at 3:45 pm local time (1245 GMT).",
            "3:45 pm local time",
            "2017-04-12T15:45",
        ),
        ("The vote took place on Tuesday, April 11.", "Tuesday, April 11", "2017-04-11"),
        ("The summit ended on Monday 10 April.", "Monday 10 April", "2017-04-10"),
        ("The treaty was signed on 10 April 2017.", "10 April 2017", "2017-04-10"),
        ("Troops withdrew within days.", "days", "PXD"),
        ("The months-long siege ended.", "months-long", "PXM"),
        ("The king began a two-day visit to Jordan.", "two-day", "P2D"),
        ("Both sides agreed to a 72-hour ceasefire.", "72-hour", "PT72H"),
        ("The army lost the town for the second time this year.", "this year", "2017"),
        ("The committee meets once a month.", "once a month", "P1M"),
        ("Protesters gather every Friday after prayers.", "every Friday", "XXXX-WXX-5"),
        ("Markets are closed on Fridays.", "Fridays", "XXXX-WXX-5"),
        ("Refugees keep arriving every day.", "every day", "P1D"),
        ("The government is now negotiating with the rebels.", "now", "PRESENT_REF"),
        ("So far this year, 300 migrants have died.", "this year", "2017"),
        ("The 1967 war reshaped the region.", "1967", "1967"),
        ("The deal was signed on the 12th of April.", "the 12th of April", "2017-04-12"),
        ("The deal was signed on April 12th.", "April 12th", "2017-04-12"),
        ("Construction will start next spring.", "next spring", "2018-SP"),
        ("Fireworks were banned on New Year's Eve.", "New Year's Eve", "2016-12-31"),
        ("The shooting took place on Christmas Eve.", "Christmas Eve", "2016-12-24"),
        ("The city grew rapidly in the late 1980s.", "the late 1980s", "198"),
        ("The firm was founded in the mid-2000s.", "the mid-2000s", "200"),
        ("He spent two and a half years in prison.", "two and a half years", "P2Y6M"),
        ("The trial lasted a year and a half.", "a year and a half", "P1Y6M"),
        ("The gunfight lasted half an hour.", "half an hour", "PT30M"),
        ("Talks were suspended for a fortnight.", "a fortnight", "P2W"),
        ("The president will address the nation tonight.", "tonight", "2017-04-12TNI"),
        ("The minister said this morning that talks had failed.", "this morning", "2017-04-12TMO"),
        ("The body was found yesterday afternoon.", "yesterday afternoon", "2017-04-11TAF"),
        ("The court will rule tomorrow.", "tomorrow", "2017-04-13"),
        ("The army said it would take the city within a month.", "a month", "P1M"),
        ("Cuts are planned in next year's budget.", "next year", "2018"),
        ("The talks were held on the weekend of April 8-9.", "April 8-9", "2017-04-08/2017-04-09"),
        ("He served as prime minister from 2010 to 2016.", "2010", "2010"),
        (
            "The economy shrank in the second half of last year.",
            "the second half of last year",
            "2016-H2",
        ),
        ("It was the worst flooding in 50 years.", "50 years", "P50Y"),
        ("It was the first visit by a US president in 88 years.", "88 years", "P88Y"),
        ("The report covers the period from January to March.", "January", "2017-01"),
        ("The peace deal was signed in Havana last November.", "last November", "2016-11"),
        ("Rebels shelled the city on March 3, killing five.", "March 3", "2017-03-03"),
        ("Elections are due in October.", "October", "2017-10"),
        ("Elections were held in October.", "October", "2016-10"),
        ("Israel has occupied the West Bank for half a century.", "half a century", "P50Y"),
        ("The group has been active for over a decade.", "over a decade", "P10Y"),
        ("Oil hit its highest level since mid-2015.", "mid-2015", "2015"),
        ("Attacks surged in the run-up to the 2014 vote.", "2014", "2014"),
        ("The city has seen little rain in the past month.", "the past month", "2017-03"),
        ("The agreement runs through 2020.", "2020", "2020"),
        ("The airline said flights would resume in the coming weeks.", "the coming weeks", "PXW"),
        ("The unrest began on the evening of April 2.", "April 2", "2017-04-02"),
        ("The cabinet met at 11 a.m. Wednesday.", "11 a.m. Wednesday", "2017-04-12T11:00"),
        ("The ministry reported 12 deaths in a 24-hour period.", "24-hour", "PT24H"),
        ("No one has been seen in the village since Saturday.", "Saturday", "2017-04-08"),
        ("As of Monday, 300 people had been evacuated.", "Monday", "2017-04-10"),
        ("Gunmen opened fire on Monday morning.", "Monday morning", "2017-04-10TMO"),
        ("The rebels attacked early Wednesday.", "early Wednesday", "2017-04-12"),
        (
            "The quake struck at around 10:30 p.m. local time.",
            "10:30 p.m. local time",
            "2017-04-12T22:30",
        ),
        ("The plane landed at 10.30am.", "10.30am", "2017-04-12T10:30"),
        ("The ship sank at 22:30 GMT on Sunday.", "22:30 GMT", "2017-04-09T22:30Z"),
        ("The bomb went off at 2200 GMT.", "2200 GMT", "2017-04-12T22:00Z"),
        ("Last Thursday's raid killed four.", "Last Thursday", "2017-04-06"),
        (
            "He was arrested on Monday and charged the following day.",
            "the following day",
            "2017-04-11",
        ),
        ("He was arrested on Monday and released the same day.", "the same day", "2017-04-10"),
        ("The police chief resigned earlier this year.", "earlier this year", "2017"),
        ("The report will be published later this year.", "later this year", "2017"),
        ("The envoy is expected to arrive later this week.", "later this week", "2017-W15"),
        ("Fighting has intensified in the past year.", "the past year", "2016"),
        ("He has been in hiding for the past two weeks.", "the past two weeks", "P2W"),
        ("More than 100 people have died over the past 10 days.", "the past 10 days", "P10D"),
        ("The storm will make landfall in the next 24 hours.", "the next 24 hours", "PT24H"),
        ("It was the first election since 2003.", "2003", "2003"),
        ("The 2003 invasion toppled the regime.", "2003", "2003"),
        ("The law came into force on 1 January 2017.", "1 January 2017", "2017-01-01"),
        ("The law came into force on January 1, 2017.", "January 1, 2017", "2017-01-01"),
        ("Troops withdrew on 3 April.", "3 April", "2017-04-03"),
        ("Workers will strike on the 1st of May.", "the 1st of May", "2017-05-01"),
        ("He ruled between 2010 and 2015.", "2015", "2015"),
        ("The company grew from 2015 to 2017.", "2017", "2017"),
        ("Slavery was abolished in the 18th century.", "the 18th century", "17"),
        ("It is the defining conflict of the 21st century.", "the 21st century", "20"),
        ("The town was bombed last summer.", "last summer", "2016-SU"),
        ("Tourism collapsed in summer 2015.", "summer 2015", "2015-SU"),
        ("Hundreds died in the winter of 2013.", "the winter of 2013", "2013-WI"),
        ("Food prices will rise in the coming months.", "the coming months", "PXM"),
        ("The court will rule next Tuesday.", "next Tuesday", "2017-04-18"),
        ("The leaders meet this Friday.", "this Friday", "2017-04-14"),
        ("The minister will meet his counterpart on Friday.", "Friday", "2017-04-14"),
        ("The results are due two weeks from now.", "two weeks from now", "2017-W17"),
        ("The movement was founded in the early 1990s.", "the early 1990s", "199"),
        ("Exports hit a record in 2016 alone.", "2016", "2016"),
        ("The storm caused a 15-minute blackout.", "15-minute", "PT15M"),
        ("The government declared a 30-day state of emergency.", "30-day", "P30D"),
        ("A three-month truce ended in March.", "three-month", "P3M"),
        ("Inspectors return every three months.", "every three months", "P3M"),
        ("Patients are fed three times a day.", "three times a day", "P1D"),
        ("The council meets once a year.", "once a year", "P1Y"),
        ("Militants patrol the streets every night.", "every night", "TNI"),
        ("Shops are closed on weekends.", "weekends", "XXXX-WXX-WE"),
        ("Exports fell for the third year in a row.", "the third year", "2017"),
        ("Violence has declined over the last two decades.", "the last two decades", "P20Y"),
        (
            "The region has been at peace for the past three decades.",
            "the past three decades",
            "P30Y",
        ),
        ("In recent days, the army has advanced.", "recent days", "PXD"),
        ("The crisis is far from over, and right now aid is scarce.", "now", "PRESENT_REF"),
        (
            "He said the country would never again go to war in the future.",
            "the future",
            "FUTURE_REF",
        ),
        ("Such attacks have happened in the past.", "the past", "PAST_REF"),
        ("Yesterday's attack was the deadliest this year.", "Yesterday", "2017-04-11"),
        ("Today's vote is a turning point.", "Today", "2017-04-12"),
        ("Monday's ruling was welcomed by activists.", "Monday", "2017-04-10"),
        ("Tomorrow's summit is expected to be tense.", "Tomorrow", "2017-04-13"),
        ("Clashes broke out on the evening of April 3.", "April 3", "2017-04-03"),
        ("The clinic was bombed on Saturday, April 8.", "Saturday, April 8", "2017-04-08"),
        ("The talks began on Apr. 8.", "Apr. 8", "2017-04-08"),
        ("The ceasefire was signed on April 8th, 2017.", "April 8th, 2017", "2017-04-08"),
        ("The ceasefire was signed on 8th April 2017.", "8th April 2017", "2017-04-08"),
        ("Fighting erupted early on Sunday.", "Sunday", "2017-04-09"),
        ("Inflation rose late last year.", "late last year", "2016"),
        ("Elections are planned for early next year.", "early next year", "2018"),
        ("The pipeline should be finished by mid-2018.", "mid-2018", "2018"),
        ("The envoy returns in the middle of next month.", "the middle of next month", "2017-05"),
        ("A deal could come by the end of next week.", "the end of next week", "2017-W16"),
        ("Prices have risen since the start of the year.", "the start of the year", "2017"),
        ("The president has been in office for 100 days.", "100 days", "P100D"),
        ("Rescue teams have 72 hours to find survivors.", "72 hours", "PT72H"),
        ("The journalist was held for 444 days.", "444 days", "P444D"),
        (
            "The city has been under curfew since 8 p.m. Tuesday.",
            "8 p.m. Tuesday",
            "2017-04-11T20:00",
        ),
        ("The vote will be held on 7 May.", "7 May", "2017-05-07"),
        (
            "Police said the man was arrested in the early hours of Tuesday.",
            "Tuesday",
            "2017-04-11",
        ),
        ("Fighting resumed after a two-week lull.", "two-week", "P2W"),
        ("The company posted its first annual loss in a decade.", "a decade", "P10Y"),
        ("Opposition leaders met in Paris in late March.", "late March", "2017-03"),
        ("He was born in 1952.", "1952", "1952"),
        ("Sales fell in the fourth quarter.", "the fourth quarter", "2016-Q4"),
        ("Turnout in the 2012 and 2016 elections was low.", "2016", "2016"),
        ("The deal could be done in a matter of weeks.", "weeks", "PXW"),
        ("Aid workers fear more deaths in the weeks ahead.", "the weeks ahead", "PXW"),
        ("Shops were looted in the run-up to Christmas.", "Christmas", "2016-12-25"),
        ("Six months into his presidency, he faces a revolt.", "Six months", "P6M"),
        ("Two days after the attack, the group claimed it.", "Two days", "P2D"),
        ("The ceasefire collapsed in less than a week.", "less than a week", "P1W"),
        ("He faces up to five years in prison.", "up to five years", "P5Y"),
        ("He faces at least 10 years in prison.", "at least 10 years", "P10Y"),
        ("He faces three to five years in prison.", "five years", "P5Y"),
        ("The border will stay open for the time being.", "the time being", "PRESENT_REF"),
        ("Trading opens at 8:30 a.m. EDT.", "8:30 a.m. EDT", "2017-04-12T08:30-04:00"),
        ("The statement is due at noon ET.", "noon ET", "2017-04-12T12:00-04:00"),
        ("The attack began at 3 p.m. local (1200 GMT).", "1200 GMT", "2017-04-12T12:00Z"),
        ("Troops were ordered to move out at 1400 hours.", "1400 hours", "2017-04-12T14:00"),
        ("Budget cuts were made in 2017-18.", "2017-18", "2017"),
        ("Revenue fell in Q4 2016.", "Q4 2016", "2016-Q4"),
        (
            "Sales grew in the fourth quarter of fiscal 2016.",
            "the fourth quarter of fiscal 2016",
            "2016-Q4",
        ),
        ("Growth slowed in the second half of the year.", "the second half of the year", "2017-H2"),
        ("2016's election shocked pollsters.", "2016", "2016"),
        ("This week's talks are the first in months.", "This week", "2017-W15"),
        ("Next week's summit has been cancelled.", "Next week", "2017-W16"),
        ("Unemployment has risen over the past several years.", "the past several years", "PXY"),
        ("Prices have climbed in the last few years.", "the last few years", "PXY"),
        ("The army will advance in the next several days.", "the next several days", "PXD"),
        ("It was the first snow in years.", "years", "PXY"),
        ("Voters head to the polls Sunday.", "Sunday", "2017-04-16"),
        ("The two sides will meet again on Friday, officials said.", "Friday", "2017-04-14"),
        ("The Senate voted 51-49 late Thursday.", "late Thursday", "2017-04-06"),
        (
            "Police said the suspect was shot dead shortly after midnight.",
            "midnight",
            "2017-04-12T00:00",
        ),
        ("The quake hit at 4:17 a.m. Sunday (0817 GMT).", "4:17 a.m. Sunday", "2017-04-09T04:17"),
        ("Militants seized the base a year ago this week.", "a year ago", "2016"),
        ("The country marked the 10th anniversary of the war on Tuesday.", "Tuesday", "2017-04-11"),
        ("Schools have been shut for nearly a month.", "nearly a month", "P1M"),
        ("The strike entered its third week on Monday.", "Monday", "2017-04-10"),
        ("The protest was the largest in more than a decade.", "more than a decade", "P10Y"),
        ("In 2015 alone, more than a million migrants arrived.", "2015", "2015"),
        ("The rebels held the city from 2012 until 2016.", "2012", "2012"),
        ("He was jailed for 18 months in 2014.", "18 months", "P18M"),
        ("The 72-year-old leader died in March.", "March", "2017-03"),
        ("Officials expect a decision within weeks.", "weeks", "PXW"),
        ("Unrest has grown since the elections in February.", "February", "2017-02"),
        (
            "Markets rallied on Wall Street on Tuesday afternoon.",
            "Tuesday afternoon",
            "2017-04-11TAF",
        ),
        (
            "The minister spoke to reporters on Wednesday evening.",
            "Wednesday evening",
            "2017-04-12TEV",
        ),
        ("The vote is scheduled for May 7.", "May 7", "2017-05-07"),
        ("The bill was signed into law on Dec. 22.", "Dec. 22", "2016-12-22"),
        ("The fighting lasted from Friday to Sunday.", "Sunday", "2017-04-09"),
        ("The first phase runs through June 30.", "June 30", "2017-06-30"),
        ("The group was formed in the summer.", "the summer", "2016-SU"),
        ("The new government took office in January.", "January", "2017-01"),
        ("The tally rose to 80 by Tuesday evening.", "Tuesday evening", "2017-04-11TEV"),
        ("Police have not released the victims' names as of Wednesday.", "Wednesday", "2017-04-12"),
        ("The blast was heard late Tuesday night.", "Tuesday night", "2017-04-11TNI"),
        (
            "Troops entered the town on Sunday. That evening, shelling resumed.",
            "That evening",
            "2017-04-09",
        ),
        (
            "He landed on Monday and left the following afternoon.",
            "the following afternoon",
            "2017-04-11",
        ),
        ("In the days since the attack, 40 people have been arrested.", "days", "PXD"),
        ("The mine will stay closed for the rest of the year.", "the year", "2017"),
        ("Shops are closed at weekends.", "weekends", "XXXX-WXX-WE"),
        ("The curfew starts at 2100 hrs on Friday.", "2100 hrs", "2017-04-14T21:00"),
        ("Talks began at noon (1000 GMT).", "1000 GMT", "2017-04-12T10:00Z"),
        ("Reservists can be called up for no more than 90 days.", "no more than 90 days", "P90D"),
        ("The president began a week-long tour of Africa.", "week-long", "P1W"),
        ("The weeklong festival ended on Sunday.", "weeklong", "P1W"),
        ("A yearlong investigation found no wrongdoing.", "yearlong", "P1Y"),
        ("The monthlong siege ended.", "monthlong", "P1M"),
        ("He gave an hourlong speech.", "hourlong", "PT1H"),
        ("The company declared a 10-day holiday.", "10-day", "P10D"),
        ("The talks ended at midday Friday.", "midday Friday", "2017-04-07T12:00"),
        ("Rebels attacked on the morning of April 3.", "April 3", "2017-04-03"),
        ("Fireworks lit up the sky on New Year's.", "New Year's", "2017-01-01"),
        ("The bomb exploded on Christmas Day 2016.", "Christmas Day 2016", "2016-12-25"),
        ("Inflation rose 3 percent in the 12 months to June.", "June", "2016-06"),
        ("Revenue fell in fiscal year 2016.", "fiscal year 2016", "2016"),
        ("Profit rose in FY2016.", "FY2016", "2016"),
        ("Revenue rose in Q3 2016.", "Q3 2016", "2016-Q3"),
        (
            "GDP grew 1.2 percent in the July-September quarter.",
            "the July-September quarter",
            "2016-Q3",
        ),
        ("Stocks hit a 52-week high.", "52-week", "P52W"),
        ("Gold hit a 12-month high.", "12-month", "P12M"),
        ("The party ended a three-decade rule.", "three-decade", "P30Y"),
        ("He was jailed for life in 2009.", "2009", "2009"),
        ("Militants attacked the base in the early hours of April 9.", "April 9", "2017-04-09"),
        ("The deadline passed at 11:59 p.m. on Sunday.", "11:59 p.m.", "2017-04-09T23:59"),
        ("The vote was postponed for a second time on March 20.", "March 20", "2017-03-20"),
        ("In 1994, 800,000 people were killed in 100 days.", "100 days", "P100D"),
        ("Elections will be held in the autumn.", "the autumn", "2017-FA"),
        ("Negotiations will continue into next year.", "next year", "2018"),
        ("Negotiations stalled earlier this month.", "earlier this month", "2017-04"),
        ("The city has been under siege since last July.", "last July", "2016-07"),
        (
            "The embassy will reopen in the second half of 2018.",
            "the second half of 2018",
            "2018-H2",
        ),
        ("Markets were closed for the Easter holiday.", "Easter", "2017-04-16"),
        (
            "Turkey imposed a three-month state of emergency in July last year.",
            "July last year",
            "2016-07",
        ),
        ("The ministry's figures for the week to April 7 showed a rise.", "April 7", "2017-04-07"),
        (
            "Authorities said the 48-hour truce began at 8 a.m. local time.",
            "8 a.m. local time",
            "2017-04-12T08:00",
        ),
        ("The plane crashed shortly after takeoff at 7:45 a.m.", "7:45 a.m.", "2017-04-12T07:45"),
    ],
)
def test_news_checklist(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, ANCHOR) == expected


def test_this_past_weekend_is_the_last_one() -> None:
    mention = found("Thousands marched in the capital this past weekend.", ANCHOR)
    interval = mention["this past weekend"].interval
    assert interval is not None
    assert (interval.start, interval.end) == ("2017-04-08", "2017-04-09")  # Sat..Sun


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected", "days"),
    [
        (
            "The plant will open in the first week of May.",
            "the first week of May",
            "2017-W18",
            ("2017-05-01", "2017-05-07"),
        ),
        (  # March 2017 ends on a Friday: most of its last seven days fall in week 13
            "Fighting eased in the last week of March.",
            "the last week of March",
            "2017-W13",
            ("2017-03-27", "2017-04-02"),
        ),
        (
            "Talks were held in the second week of June 2015.",
            "the second week of June 2015",
            "2015-W24",
            ("2015-06-08", "2015-06-14"),
        ),
    ],
)
def test_a_week_of_a_month_is_one_iso_week(
    sentence: str, phrase: str, expected: str, days: tuple[str, str]
) -> None:
    mention = found(sentence, ANCHOR)[phrase]
    assert mention.value == expected
    assert mention.interval is not None
    assert (mention.interval.start, mention.interval.end) == days
    assert "May" not in found(sentence, ANCHOR) and "March" not in found(sentence, ANCHOR)


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The president will visit the region on the 25th.", "the 25th", "2017-04-25"),
        ("He was killed on the 3rd, police said.", "the 3rd", "2017-04-03"),
        ("Voting will take place on the 28th.", "the 28th", "2017-04-28"),
        ("The talks collapsed on the 30th and fighting resumed.", "the 30th", "2017-03-30"),
    ],
)
def test_a_bare_ordinal_day_after_a_preposition(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, ANCHOR) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("She lives on the 25th floor of the tower.", "the 25th"),  # a noun follows
        ("The 5th and 6th were quiet.", "The 5th"),  # no preposition before it
        ("He finished the race in the 10th.", "the 10th"),  # "in" places no day
        ("The first week was the hardest.", "The first week of"),
    ],
)
def test_not_a_day_of_the_month(sentence: str, phrase: str) -> None:
    assert phrase not in found(sentence, ANCHOR)


@pytest.mark.parametrize(
    ("sentence", "phrase", "left_out"),
    [
        ("The troops will leave by the end of the year.", "the end of the year", "by "),
        ("The agreement expires at the end of the month.", "the end of the month", "at "),
        ("Prices rose toward the end of last year.", "the end of last year", "toward "),
    ],
)
def test_a_preposition_before_a_modifier_is_left_out(
    sentence: str, phrase: str, left_out: str
) -> None:
    mentions = found(sentence, ANCHOR)
    assert phrase in mentions
    assert left_out + phrase not in mentions


def test_a_count_of_hours_is_no_military_time() -> None:
    mention = found("He was ordered to do 1200 hours of community service.", ANCHOR)
    assert mention["1200 hours"].type == "DURATION"
    assert mention["1200 hours"].value == "PT1200H"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The leaders meet this Friday.", "this Friday", "2017-04-14"),
        ("The minister resigned this Monday.", "this Monday", "2017-04-10"),
        ("The envoy will arrive this Monday.", "this Monday", "2017-04-17"),
    ],
)
def test_this_weekday_is_of_the_anchor_week(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, ANCHOR) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Retailers slashed prices on Black Friday.", "Black Friday", "2016-11-25"),
        ("Online sales on Cyber Monday hit a record.", "Cyber Monday", "2016-11-28"),
        ("Shia pilgrims gathered in Karbala for Ashura.", "Ashura", "2016-10-12"),
        ("Iranians celebrated Nowruz with their families.", "Nowruz", "2017-03-21"),
        ("Wreaths were laid on Remembrance Sunday.", "Remembrance Sunday", "2016-11-13"),
        ("The pope led prayers on Ash Wednesday.", "Ash Wednesday", "2017-03-01"),
        ("Veterans marched in Moscow on Victory Day 2015.", "Victory Day 2015", "2015-05-09"),
        ("Crowds gathered in Canberra on Anzac Day 2016.", "Anzac Day 2016", "2016-04-25"),
    ],
)
def test_more_named_days(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, ANCHOR) == expected


def test_an_observance_named_for_a_cause_is_no_date() -> None:
    text = "A major focus of International Women's Day is the plight of Afghan women."
    assert not found(text, ANCHOR)


@pytest.mark.parametrize(
    ("anchor", "phrase", "expected"),
    [
        ("2017-04-12", "this past week", "2017-W14"),  # a Wednesday: the week before
        ("2017-04-15", "this past week", "2017-W15"),  # a Saturday: the week now ending
        ("2017-04-16", "this past weekend", "2017-W14-WE"),
        ("2017-04-12", "this coming week", "2017-W16"),
    ],
)
def test_this_past_and_this_coming(anchor: str, phrase: str, expected: str) -> None:
    sentence = f"The report covers {phrase}, the ministry said."
    assert value(sentence, phrase, anchor) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Violence spiked in the days leading up to the vote.", "days", "PXD"),
        ("In the months following the war, prices soared.", "months", "PXM"),
        ("In the weeks preceding the coup, troops massed on the border.", "weeks", "PXW"),
    ],
)
def test_a_vague_span_before_or_after_an_event(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, ANCHOR) == expected


def test_new_years_alone_is_new_years_day() -> None:
    assert value("Fireworks lit up the sky on New Year's.", "New Year's", ANCHOR) == "2017-01-01"
