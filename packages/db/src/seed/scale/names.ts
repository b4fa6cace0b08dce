/** Name parts for generated people (mixed origins, as in a large city). */
export const FIRST_NAMES = [
  "Aaliyah", "Adam", "Aisha", "Alejandro", "Amara", "Ana", "Andrei", "Anika", "Ben", "Camila",
  "Carlos", "Chen", "Chloe", "Daniel", "David", "Elena", "Elif", "Emma", "Farid", "Fatima",
  "Grace", "Hana", "Hiro", "Ibrahim", "Isabel", "Jamal", "James", "Jia", "Jonas", "Kofi",
  "Lena", "Liam", "Lucia", "Mateo", "Maya", "Mei", "Nadia", "Noah", "Olivia", "Omar",
  "Priya", "Rafael", "Rosa", "Sara", "Samuel", "Sofia", "Tariq", "Vera", "Wei", "Yusuf",
];
export const LAST_NAMES = [
  "Adams", "Ahmed", "Alvarez", "Brown", "Chen", "Cohen", "Davis", "Diaz", "Dubois", "Evans",
  "Garcia", "Green", "Haddad", "Hernandez", "Ivanova", "Jackson", "Johnson", "Kim", "Kowalski",
  "Lee", "Lopez", "Martin", "Mensah", "Miller", "Moore", "Murphy", "Nguyen", "Novak", "Okafor",
  "Patel", "Petrova", "Reyes", "Rossi", "Santos", "Schmidt", "Silva", "Singh", "Smith", "Tanaka",
  "Taylor", "Thomas", "Torres", "Walker", "Wang", "White", "Williams", "Wilson", "Wong",
  "Yilmaz", "Young",
];
export const LANGUAGE_SETS = [
  ["en"],
  ["en"],
  ["en", "es"],
  ["en", "es"],
  ["en", "zh"],
  ["en", "fr"],
  ["en", "ar"],
  ["en", "hi"],
  ["en", "pt"],
  ["en", "de"],
  ["es"],
  ["en", "vi"],
];
export const STREETS = ["Main Street", "Oak Avenue", "Park Road", "Elm Street", "Lake Drive", "Hill Road", "River Road", "Maple Avenue", "Broadway", "Market Street"];
