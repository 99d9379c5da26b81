package org.eventtimeline.bench;

/** Fixed word lists the corpus generator draws from: names, places, organisations, groups and titles. */
final class NewsVocabulary {

    private NewsVocabulary() {
    }

    static final String[] FIRST_NAMES = {
        "James", "Maria", "Ahmed", "Li", "Olga", "Carlos", "Fatima", "John", "Aisha", "David", "Elena", "Mohammed",
        "Sarah", "Kwame", "Yuki", "Pedro", "Amina", "Michael", "Ingrid", "Rahul", "Grace", "Omar", "Sofia", "Daniel",
        "Nadia", "Viktor", "Chen", "Lucia", "Samuel", "Hassan", "Emily", "Tomasz", "Priya", "Robert", "Leila",
        "Joseph", "Anna", "Ibrahim", "Karen", "Mateo", "Zainab", "Kevin", "Hana", "Andrés", "Brian", "Chioma"};

    static final String[] SURNAMES = {
        "Smith", "Okafor", "Nguyen", "Garcia", "Petrov", "Haddad", "Johnson", "Kowalski", "Tanaka", "Mensah",
        "Rodriguez", "Khan", "Williams", "Schmidt", "Ivanova", "Mwangi", "Brown", "Silva", "Rahman", "Miller",
        "Hernández", "Yilmaz", "Davis", "Kim", "Lopez", "Osei", "Wilson", "Novak", "Ali", "Martin", "Santos",
        "Anderson", "Bakr", "Taylor", "Dubois", "Moreno", "Thompson", "Abubakar", "Clark", "Jensen", "Reyes"};

    /** US cities with their states, as "City, State". */
    static final String[] US_CITIES = {
        "Memphis, Tennessee", "Chicago, Illinois", "Houston, Texas", "Dallas, Texas", "Atlanta, Georgia",
        "Philadelphia, Pennsylvania", "Baltimore, Maryland", "St. Louis, Missouri", "New Orleans, Louisiana",
        "Detroit, Michigan", "Milwaukee, Wisconsin", "Jackson, Mississippi", "Birmingham, Alabama",
        "Louisville, Kentucky", "Phoenix, Arizona", "Los Angeles, California", "Oakland, California",
        "Columbus, Ohio", "Cleveland, Ohio", "Indianapolis, Indiana", "Kansas City, Missouri",
        "Charlotte, North Carolina", "Jacksonville, Florida", "Miami, Florida", "Tulsa, Oklahoma",
        "Denver, Colorado", "Seattle, Washington", "Portland, Oregon", "Albuquerque, New Mexico",
        "Richmond, Virginia", "Newark, New Jersey", "Rochester, New York", "Buffalo, New York",
        "Little Rock, Arkansas", "Shreveport, Louisiana", "Savannah, Georgia", "Flint, Michigan",
        "Gary, Indiana", "Minneapolis, Minnesota", "Omaha, Nebraska", "Las Vegas, Nevada", "Fresno, California"};

    /** World cities with their countries, as {city, country, demonym}. */
    static final String[][] WORLD_CITIES = {
        {"Lagos", "Nigeria", "Nigerian"}, {"Maiduguri", "Nigeria", "Nigerian"}, {"Kabul", "Afghanistan", "Afghan"},
        {"Baghdad", "Iraq", "Iraqi"}, {"Mosul", "Iraq", "Iraqi"}, {"Mogadishu", "Somalia", "Somali"},
        {"Karachi", "Pakistan", "Pakistani"}, {"Peshawar", "Pakistan", "Pakistani"}, {"Quetta", "Pakistan", "Pakistani"},
        {"Dhaka", "Bangladesh", "Bangladeshi"}, {"Manila", "Philippines", "Filipino"}, {"Jakarta", "Indonesia",
        "Indonesian"}, {"Nairobi", "Kenya", "Kenyan"}, {"Khartoum", "Sudan", "Sudanese"}, {"Aleppo", "Syria",
        "Syrian"}, {"Beirut", "Lebanon", "Lebanese"}, {"Kyiv", "Ukraine", "Ukrainian"}, {"Kharkiv", "Ukraine",
        "Ukrainian"}, {"Bogotá", "Colombia", "Colombian"}, {"Medellín", "Colombia", "Colombian"},
        {"Mexico City", "Mexico", "Mexican"}, {"Culiacán", "Mexico", "Mexican"}, {"São Paulo", "Brazil",
        "Brazilian"}, {"Rio de Janeiro", "Brazil", "Brazilian"}, {"Lima", "Peru", "Peruvian"}, {"Caracas",
        "Venezuela", "Venezuelan"}, {"Port-au-Prince", "Haiti", "Haitian"}, {"Mumbai", "India", "Indian"},
        {"New Delhi", "India", "Indian"}, {"Srinagar", "India", "Indian"}, {"Colombo", "Sri Lanka", "Sri Lankan"},
        {"Yangon", "Myanmar", "Burmese"}, {"Bangkok", "Thailand", "Thai"}, {"Tehran", "Iran", "Iranian"},
        {"Istanbul", "Turkey", "Turkish"}, {"Ankara", "Turkey", "Turkish"}, {"Cairo", "Egypt", "Egyptian"},
        {"Tripoli", "Libya", "Libyan"}, {"Bamako", "Mali", "Malian"}, {"Ouagadougou", "Burkina Faso",
        "Burkinabe"}, {"Niamey", "Niger", "Nigerien"}, {"Goma", "Democratic Republic of the Congo", "Congolese"},
        {"Juba", "South Sudan", "South Sudanese"}, {"Addis Ababa", "Ethiopia", "Ethiopian"}, {"Sanaa", "Yemen",
        "Yemeni"}, {"Paris", "France", "French"}, {"Marseille", "France", "French"}, {"Berlin", "Germany",
        "German"}, {"London", "United Kingdom", "British"}, {"Madrid", "Spain", "Spanish"}, {"Athens", "Greece",
        "Greek"}, {"Tokyo", "Japan", "Japanese"}, {"Seoul", "South Korea", "South Korean"}, {"Beijing", "China",
        "Chinese"}, {"Sydney", "Australia", "Australian"}, {"Toronto", "Canada", "Canadian"}};

    static final String[] COUNTRIES = {
        "Nigeria", "Afghanistan", "Iraq", "Somalia", "Pakistan", "Kenya", "Sudan", "Syria", "Ukraine", "Colombia",
        "Mexico", "Brazil", "India", "Myanmar", "Iran", "Turkey", "Egypt", "Libya", "Mali", "Ethiopia", "Yemen",
        "France", "Germany", "Japan", "China", "Russia", "the United States", "South Korea", "Israel", "Poland"};

    static final String[] REGIONS = {
        "the northern region", "the eastern province", "a rural district", "the border area", "the capital",
        "a remote village", "the outskirts of the city", "a busy market", "the southern coast", "the river valley"};

    static final String[] ARMED_GROUPS = {
        "Boko Haram", "al-Shabaab", "the Islamic State", "the Taliban", "a separatist militia", "armed bandits",
        "a drug cartel", "rebel fighters", "gunmen", "suspected militants", "an armed gang", "insurgents"};

    static final String[] ORGANISATIONS = {
        "the United Nations", "the Red Cross", "the World Health Organization", "Amnesty International",
        "the European Union", "the African Union", "NATO", "Human Rights Watch", "Doctors Without Borders",
        "the International Organization for Migration", "UNICEF", "the World Food Programme"};

    static final String[] OFFICIAL_TITLES = {
        "police spokesman", "police chief", "interior minister", "regional governor", "mayor", "army spokesman",
        "fire chief", "health minister", "district commissioner", "foreign minister", "sheriff", "prosecutor"};

    static final String[] VICTIMS = {
        "people", "civilians", "children", "students", "police officers", "soldiers", "villagers", "worshippers",
        "passengers", "workers", "fishermen", "farmers", "teenagers", "security guards", "pilgrims"};

    static final String[] VENUES = {
        "a nightclub", "a school", "a church", "a mosque", "a shopping mall", "a bus station", "a hospital",
        "a park", "a house party", "a restaurant", "a checkpoint", "a market", "a gas station", "an apartment complex"};

    static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty"};

    static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
}
