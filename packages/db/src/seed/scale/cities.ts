/** 200 US cities and their IANA zones, for the practices of the scale data set. */
const zones = {
  E: "America/New_York",
  C: "America/Chicago",
  M: "America/Denver",
  A: "America/Phoenix",
  P: "America/Los_Angeles",
  K: "America/Anchorage",
  H: "Pacific/Honolulu",
} as const;

// "City:zone", largest first, so smaller scales take the bigger cities.
const table = `New York:E,Los Angeles:P,Chicago:C,Houston:C,Phoenix:A,Philadelphia:E,San Antonio:C,
San Diego:P,Dallas:C,Jacksonville:E,Fort Worth:C,San Jose:P,Austin:C,Charlotte:E,Columbus:E,
Indianapolis:E,San Francisco:P,Seattle:P,Denver:M,Oklahoma City:C,Nashville:C,Washington:E,
El Paso:M,Las Vegas:P,Boston:E,Detroit:E,Portland:P,Louisville:E,Memphis:C,Baltimore:E,Milwaukee:C,
Albuquerque:M,Tucson:A,Fresno:P,Sacramento:P,Mesa:A,Atlanta:E,Kansas City:C,Colorado Springs:M,
Omaha:C,Raleigh:E,Miami:E,Virginia Beach:E,Long Beach:P,Oakland:P,Minneapolis:C,Bakersfield:P,
Tulsa:C,Tampa:E,Arlington:C,Aurora:M,Wichita:C,Cleveland:E,New Orleans:C,Henderson:P,Honolulu:H,
Anaheim:P,Orlando:E,Lexington:E,Stockton:P,Riverside:P,Irvine:P,Corpus Christi:C,Newark:E,
Santa Ana:P,Cincinnati:E,Pittsburgh:E,Saint Paul:C,Greensboro:E,Jersey City:E,Durham:E,Lincoln:C,
North Las Vegas:P,Plano:C,Anchorage:K,Gilbert:A,Madison:C,Reno:P,Chandler:A,St. Louis:C,
Chula Vista:P,Buffalo:E,Fort Wayne:E,Lubbock:C,St. Petersburg:E,Toledo:E,Laredo:C,Port St. Lucie:E,
Glendale:A,Irving:C,Winston-Salem:E,Chesapeake:E,Garland:C,Scottsdale:A,Boise:M,Hialeah:E,
Frisco:C,Richmond:E,Cape Coral:E,Norfolk:E,Spokane:P,Huntsville:C,Santa Clarita:P,Tacoma:P,
Fremont:P,McKinney:C,San Bernardino:P,Baton Rouge:C,Modesto:P,Fontana:P,Salt Lake City:M,
Moreno Valley:P,Des Moines:C,Worcester:E,Yonkers:E,Fayetteville:E,Sioux Falls:C,Grand Prairie:C,
Rochester:E,Tallahassee:E,Little Rock:C,Amarillo:C,Overland Park:C,Augusta:E,Mobile:C,Oxnard:P,
Grand Rapids:E,Peoria:A,Vancouver:P,Knoxville:E,Birmingham:C,Montgomery:C,Providence:E,
Huntington Beach:P,Brownsville:C,Chattanooga:E,Fort Lauderdale:E,Tempe:A,Akron:E,Clarksville:C,
Ontario:P,Newport News:E,Elk Grove:P,Cary:E,Eugene:P,Salem:P,Pembroke Pines:E,Santa Rosa:P,
Rancho Cucamonga:P,Shreveport:C,Garden Grove:P,Oceanside:P,Fort Collins:M,Springfield:C,
Murfreesboro:C,Surprise:A,Lancaster:P,Denton:C,Roseville:P,Palmdale:P,Corona:P,Salinas:P,
Killeen:C,Paterson:E,Alexandria:E,Hollywood:E,Hayward:P,Charleston:E,Macon:E,Lakewood:M,
Sunnyvale:P,Kansas City KS:C,Bellevue:P,Pasadena:P,Columbia:E,Naperville:C,Joliet:C,Savannah:E,
Mesquite:C,Syracuse:E,McAllen:C,Dayton:E,Pomona:P,Thornton:M,Escondido:P,Torrance:P,Waco:C,
Orange:P,Fullerton:P,Hampton:E,Visalia:P,Miramar:E,West Valley City:M,Olathe:C,Warren:E,
Gainesville:E,Cedar Rapids:C,Coral Springs:E,Stamford:E,New Haven:E,Sterling Heights:E,
Elizabeth:E,Ann Arbor:E,Carrollton:C,Concord:P,Topeka:C,Abilene:C,Simi Valley:P,Santa Clara:P`;

export interface City {
  name: string;
  timeZone: string;
}

export const CITIES: City[] = table
  .replace(/\s*\n\s*/g, "")
  .split(",")
  .map((entry) => {
    const [name = "", zone = "E"] = entry.split(":");
    return { name, timeZone: zones[zone as keyof typeof zones] };
  });
