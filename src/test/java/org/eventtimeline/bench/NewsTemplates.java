package org.eventtimeline.bench;

/**
 * Fixed sentence templates the corpus generator expands: per event kind a headline and lead sentences, plus detail,
 * quote and background sentences. Placeholders in braces are filled by {@link NewsWriter}.
 */
final class NewsTemplates {

    private NewsTemplates() {
    }

    /** One event kind: headline templates and lead-sentence templates. */
    record Kind(String name, String[] titles, String[] leads) {
    }

    static final Kind[] KINDS = {
        new Kind("shooting", new String[] {"{N} killed in {USCITY_CITY} shooting", "Gunman opens fire at {VENUE_BARE}"},
            new String[] {
                "{Q}{N} people were killed and {N2} others injured when a gunman opened fire at {VENUE} in {USCITY}, {DATE}, police said.",
                "A shooting at {VENUE} in {USCITY}, left {N} people dead and {N2} wounded {DATE}, authorities said.",
                "Police in {USCITY}, said {N} people were shot {DATE} outside {VENUE}, and {NSUB} of them died at the scene.",
                "{NAME}, {AGE}, was shot dead {DATE} in {USCITY}, after an argument outside {VENUE}, police said.",
                "{Q}{N} teenagers were wounded in a drive-by shooting in {USCITY}, {DATE}, the {TITLE} said."}),
        new Kind("bombing", new String[] {"Bomb kills {N} in {CITY}", "Blast hits {VENUE_BARE} in {COUNTRY}"},
            new String[] {
                "A suicide bomber blew himself up at {VENUE} in {CITY}, {COUNTRY}, {DATE}, killing {Q}{N} {VICTIMS} and wounding {N2} others, officials said.",
                "{Q}{N} {VICTIMS} died when a car bomb exploded near {VENUE} in {CITY} {DATE}.",
                "A roadside bomb struck a military convoy in {REGION} of {COUNTRY} {DATE}, killing {N} soldiers, the army said.",
                "Twin explosions tore through {VENUE} in {CITY} {DATE}, killing {N} and injuring {Q}{NB}."}),
        new Kind("flood", new String[] {"Floods kill {N} in {COUNTRY}", "Heavy rain forces thousands from homes"},
            new String[] {
                "Floods triggered by days of heavy rain have killed {Q}{NB} people in {COUNTRY} since {SINCE}, and {N} remain missing, the disaster agency said.",
                "Flash floods swept through {REGION} of {COUNTRY} {DATE}, leaving {N} people dead and forcing {NB} families from their homes.",
                "{N} people drowned and {N2} are missing after a river burst its banks near {CITY} {DATE}."}),
        new Kind("fire", new String[] {"Fire at {VENUE_BARE} kills {N}", "Blaze in {CITY}"},
            new String[] {
                "A fire at {VENUE} in {CITY} killed {N} people {DATE}, the {TITLE} said.",
                "{Q}{N} residents were injured when a blaze broke out in {VENUE} in {USCITY}, {DATE}.",
                "A wildfire near {USCITY}, destroyed {NB} homes {DATE} and forced the evacuation of {Q}{NB} residents."}),
        new Kind("protest", new String[] {"Protesters clash with police in {CITY}", "Thousands rally in {CITY}"},
            new String[] {
                "Thousands of protesters marched through {CITY} {DATE} to demand the resignation of the government, and police arrested {N} people.",
                "Security forces fired tear gas at demonstrators in {CITY}, {COUNTRY}, {DATE}, injuring {Q}{N} people.",
                "{Q}{NB} people were detained {DATE} as protests over fuel prices spread across {COUNTRY}."}),
        new Kind("arrest", new String[] {"{N} arrested in {USCITY_CITY} raid", "Police detain suspects"},
            new String[] {
                "Police in {USCITY}, arrested {N} men {DATE} in connection with a string of armed robberies.",
                "{DEMONYM} authorities detained {N} suspected members of {GROUP} in a raid on {VENUE} in {CITY} {DATE}.",
                "{NAME}, {AGE}, was arrested {DATE} and charged with murder, the {TITLE} said."}),
        new Kind("kidnapping", new String[] {"{N} abducted in {COUNTRY}", "Gunmen seize {VICTIMS}"},
            new String[] {
                "{GROUP_CAP} abducted {Q}{N} {VICTIMS} from {VENUE} in {REGION} of {COUNTRY} {DATE}, residents said.",
                "Gunmen kidnapped {N} {VICTIMS} on a highway outside {CITY} {DATE}, the {TITLE} said.",
                "{N} aid workers were abducted {DATE} near {CITY}, {COUNTRY}, {ORG} said."}),
        new Kind("summit", new String[] {"Leaders meet in {CITY}", "{COUNTRY} and {COUNTRY2} hold talks"},
            new String[] {
                "Leaders of {COUNTRY} and {COUNTRY2} met in {CITY} {DATE} for talks on trade, energy and security.",
                "Foreign ministers from {N} countries gathered in {CITY} {DATE} for a two-day summit on the crisis.",
                "{NAME}, the {DEMONYM} president, will host a summit in {CITY} on {MONTH} {DAY}, officials said {DATE}."}),
        new Kind("statement", new String[] {"{ORG_CAP} warns of crisis", "Minister speaks on attack"},
            new String[] {
                "{ORG_CAP} said {DATE} that {Q}{NB} people had fled the fighting in {COUNTRY} since {SINCE}.",
                "The {TITLE}, {NAME}, said in a statement {DATE} that the government would not negotiate with {GROUP}.",
                "{ORG_CAP} called {DATE} for an independent investigation into the deaths of {N} {VICTIMS} in {COUNTRY}."}),
        new Kind("evacuation", new String[] {"Thousands evacuated near {CITY}", "Residents flee {REGION}"},
            new String[] {
                "Authorities ordered the evacuation of {Q}{NB} residents from {REGION} near {CITY} {DATE} as the river kept rising.",
                "{NB} families were evacuated from {USCITY}, {DATE}, after a chemical leak at a rail yard."}),
        new Kind("drill", new String[] {"{COUNTRY} begins military drills", "Warships gather for exercises"},
            new String[] {
                "{COUNTRY_CAP} began {N} days of live-fire military drills near its border with {COUNTRY2} {DATE}, the defence ministry said.",
                "{Q}{NB} troops and {N} warships took part in joint exercises off the coast of {COUNTRY} {DATE}."}),
    };

    static final String[] DETAILS = {
        "{NSUB} of the injured were in critical condition, according to {TITLE} {NAME}.",
        "{N} of the dead were children, the {TITLE} said.",
        "Witnesses said the attackers arrived on motorcycles shortly after {HOUR} and fled into the bush.",
        "The victims were taken to a hospital in {CITY}, where {N} later died of their wounds.",
        "Police said a {AGE}-year-old suspect was taken into custody {DATE}.",
        "Rescue teams were still searching the rubble for survivors on {WEEKDAY}.",
        "Officials said the death toll could rise as more bodies were recovered.",
        "The suspect, identified as {NAME}, had been released from prison in {YEAR}.",
        "{Q}{NB} homes were damaged and {N} bridges were washed away, the agency said.",
        "The road between {CITY} and the airport was closed for {N} hours."};

    static final String[] QUOTES = {
        "“We are doing everything we can to find those responsible,” {TITLE} {NAME} told reporters.",
        "“This is a tragedy for our whole community,” said {NAME}, a local resident.",
        "No group has claimed responsibility for the attack.",
        "“The situation remains very difficult,” a spokesperson for {ORG} said on {WEEKDAY}.",
        "{SURNAME} said the government would announce further measures {LATER}.",
        "“I heard {N} or {N2} shots and everybody started running,” a witness told local television."};

    static final String[] BACKGROUND = {
        "The region has seen a surge in violence since {YEAR}, when {GROUP} began attacking villages.",
        "{COUNTRY_CAP} has struggled with insecurity and economic hardship for more than a decade.",
        "In {YEAR}, a similar attack killed {N} people in the same area.",
        "The city of {CITY} is home to about {N} million people.",
        "Last month, the government announced a new security plan for the area.",
        "Officials said the investigation was continuing.",
        "Schools in the area will remain closed until {WEEKDAY}, the education ministry said.",
        "The {TITLE} is due to visit the area {LATER}.",
        "Prices of food and fuel have risen sharply since {MONTH} {YEAR}.",
        "Parliament is expected to debate the budget in {MONTH}.",
        "The country holds elections in {YEAR_NEXT}.",
        "Tourism, once a major source of income, has fallen by {N} percent since {YEAR}."};
}
