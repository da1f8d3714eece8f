"""Word lists for the demo generator. Invented combinations; any match to a real person is
coincidence."""

FIRST_NAMES = (
    "Aaliyah Abdul Ada Adriana Aisha Alejandro Amara Amir Ana Andre Anjali Ari Asha Beatriz Ben "
    "Bianca Caleb Carmen Chen Chioma Clara Dana Daniel Darius Deja Diego Dmitri Elena Eli Emeka "
    "Esther Farah Felipe Fatima Gabriel Grace Hana Hector Ibrahim Imani Isaac Jamal Javier Jin "
    "Joaquin Jordan Kai Kamala Keisha Kenji Lakshmi Leah Lena Luis Malik Maria Marcus Maya Mei "
    "Miguel Min Nadia Naomi Nia Noah Omar Oren Priya Rafael Rania Ravi Rosa Ruth Samir Sara Sean "
    "Sofia Tariq Teresa Thabo Tomas Uma Valeria Wei Xavier Yara Yusuf Zainab Zoe"
).split()

LAST_NAMES = (
    "Abara Acosta Adeyemi Alvarez Anand Baker Banerjee Becker Bell Bishop Boateng Brooks "
    "Castillo Chavez Cho Cohen Delgado Diaz Dubois Edwards Erikson Fischer Flores Fong Garcia "
    "Goldberg Gupta Hall Haddad Hernandez Holmes Ibarra Iyer Jackson Jensen Kaplan Kaur Kim "
    "Kowalski Lee Levi Lopez Mahmoud Martin Mendoza Morales Murphy Nakamura Nguyen Novak Obi "
    "Okafor Olsen Ortiz Park Patel Perez Quinn Ramirez Reyes Rivera Robinson Rossi Saito "
    "Sanchez Schmidt Shah Silva Singh Sokolov Tan Taylor Thompson Torres Tran Turner Vargas "
    "Vasquez Walker Washington Williams Wong Yamamoto Yilmaz Young Zhang "
).split()

ORGANIZATION_STEMS = (
    "Civic Trust|Neighborhood Alliance|Community Foundation|Public Library|Workforce Council|"
    "Youth Forum|Housing Partnership|Rural Futures Network|Interfaith Council|Chamber of Commerce|"
    "Veterans Collective|Arts Commons|Health Cooperative|Leadership Institute|Press Club|"
    "Policy Lab|Land Trust|Immigrant Welcome Center|Food Bank|Teachers Union|Faith Coalition|"
    "Small Business Guild|Dialogue Project|Service Corps"
).split("|")

# Mostly no qualifier, so small demos read naturally.
ORG_QUALIFIERS = ("",) * 6 + ("Greater ", "North ", "South ", "East ", "West ", "United ")

CITIES = (
    ("Seattle", "Pacific Northwest"),
    ("Portland", "Pacific Northwest"),
    ("Boise", "Mountain West"),
    ("Denver", "Mountain West"),
    ("Salt Lake City", "Mountain West"),
    ("Phoenix", "Southwest"),
    ("Albuquerque", "Southwest"),
    ("Los Angeles", "California"),
    ("Fresno", "California"),
    ("Oakland", "California"),
    ("Tulsa", "Plains"),
    ("Wichita", "Plains"),
    ("Omaha", "Plains"),
    ("Houston", "Texas"),
    ("San Antonio", "Texas"),
    ("Chicago", "Midwest"),
    ("Detroit", "Midwest"),
    ("Minneapolis", "Midwest"),
    ("Columbus", "Midwest"),
    ("Atlanta", "Southeast"),
    ("Birmingham", "Southeast"),
    ("Charlotte", "Southeast"),
    ("Louisville", "Appalachia and Upper South"),
    ("Knoxville", "Appalachia and Upper South"),
    ("Lowell", "New England"),
    ("Hartford", "New England"),
    ("Philadelphia", "Mid-Atlantic"),
    ("Baltimore", "Mid-Atlantic"),
    ("New York", "Mid-Atlantic"),
    ("Washington", "Mid-Atlantic"),
)

# The region each city lies in: an organization's region, from its city.
REGION_OF_CITY = dict(CITIES)

TITLES = (
    "Executive Director",
    "Program Director",
    "Founder",
    "Organizer",
    "Pastor",
    "City Council Member",
    "Senior Fellow",
    "Editor",
    "Principal",
    "Chief of Staff",
    "Community Liaison",
    "Board Chair",
    "Director of Partnerships",
    "Policy Advisor",
    "Owner",
)
