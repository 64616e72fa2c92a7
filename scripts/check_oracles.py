#!/usr/bin/env python3
"""Independent oracles for what the letter engine computes, run through the
CLI (`zhaloba ids`, `zhaloba decline`):

- ИНН and ОГРН checks against python-stdnum on 100 000 random numbers
  (random digits, valid numbers, valid numbers with one digit changed). One
  known difference: for a 15-digit ОГРНИП whose remainder mod 13 is 10–12,
  the ФНС rule takes the remainder's last digit, while python-stdnum calls
  every such number invalid; there the ФНС rule is the oracle.
- Names in five cases against pytrovich (the petrovich rules for Python) on
  at least 1 000 full names of both genders.

    scripts/check_oracles.py target/debug/zhaloba

Needs python-stdnum and pytrovich (pinned in scripts/setup.sh, .tools/venv).
"""
import random
import subprocess
import sys

from pytrovich.enums import Case, Gender, NamePart
from pytrovich.maker import PetrovichDeclinationMaker
from stdnum.ru import inn, ogrn

failures = 0


def check(name, ok, detail=""):
    global failures
    print(("ok    " if ok else "FAIL  ") + name)
    if not ok:
        failures += 1
        print("      " + str(detail)[:2000])


def run(cli, args, lines):
    r = subprocess.run([cli, *args], input="\n".join(lines) + "\n", capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"{cli} {' '.join(args)}: {r.stderr}")
    return r.stdout.splitlines()


def numbers(rng, length, valid):
    """Random digits; numbers made valid; valid ones with a digit changed."""
    out = []
    for i in range(25_000):
        n = "".join(rng.choice("0123456789") for _ in range(length))
        kind = i % 3
        if kind >= 1:
            n = valid(n)
        if kind == 2:
            pos = rng.randrange(length)
            n = n[:pos] + str((int(n[pos]) + rng.randrange(1, 10)) % 10) + n[pos + 1:]
        out.append(n)
    return out


def inn_valid(n):
    if len(n) == 10:
        return n[:9] + inn.calc_company_check_digit(n)
    return n[:10] + inn.calc_personal_check_digits(n)


def ogrn_valid(n):
    if len(n) == 13:
        n = str(random.Random(n).randrange(1, 10)) + n[1:]
        return n[:12] + ogrn.calc_check_digit(n)
    n = random.Random(n).choice("34") + n[1:]
    return n[:14] + str(int(n[:14]) % 13 % 10)


def fns_ogrn_ok(n):
    """The ФНС rule, where python-stdnum differs (ОГРНИП, remainder 10–12)."""
    return len(n) == 15 and n[0] in "34" and int(n[:14]) % 13 >= 10 and n[-1] == str(int(n[:14]) % 13 % 10)


def check_identifiers(cli, rng):
    inns = numbers(rng, 10, inn_valid) + numbers(rng, 12, inn_valid)
    got = run(cli, ["ids", "inn"], inns)
    wrong = [(n, g) for n, g in zip(inns, got) if (g == "ok") != inn.is_valid(n)]
    check(f"ИНН: {len(inns)} numbers agree with python-stdnum", not wrong, wrong[:10])
    ogrns = numbers(rng, 13, ogrn_valid) + numbers(rng, 15, ogrn_valid)
    got = run(cli, ["ids", "ogrn"], ogrns)
    wrong = [(n, g) for n, g in zip(ogrns, got) if (g == "ok") != (ogrn.is_valid(n) or fns_ogrn_ok(n))]
    fns = sum(1 for n in ogrns if fns_ogrn_ok(n))
    check(f"ОГРН: {len(ogrns)} numbers agree with python-stdnum ({fns} by the ФНС rule where it differs)",
          not wrong, wrong[:10])
    valid = sum(1 for n in inns + ogrns if inn.is_valid(n) or ogrn.is_valid(n))
    check(f"the sample mixes valid ({valid}) and invalid numbers", 30_000 < valid < 70_000, valid)


SURNAMES_M = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
              "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
              "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
              "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв",
              "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв",
              "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев",
              "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев",
              "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов", "Марков", "Миронов",
              "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов", "Гаврилов", "Тихонов",
              "Толстой", "Достоевский", "Чайковский", "Хабибуллин", "Сафин", "Гарипов", "Шевчук", "Кравченко",
              "Бондаренко", "Ткаченко", "Белых", "Черных", "Долгих", "Ким", "Цой", "Мамедов", "Алиев"]
FIRST_M = ["Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Евгений", "Иван",
           "Михаил", "Артём", "Николай", "Владимир", "Павел", "Роман", "Олег", "Игорь", "Юрий",
           "Лев", "Пётр", "Илья", "Кирилл", "Никита", "Тимофей", "Матвей", "Фёдор", "Григорий",
           "Константин", "Виктор", "Василий", "Анатолий", "Геннадий", "Ринат", "Азат", "Тимур"]
FIRST_F = ["Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Екатерина",
           "Юлия", "Анастасия", "Дарья", "Ксения", "Алёна", "Софья", "Полина", "Вера", "Любовь",
           "Надежда", "Людмила", "Галина", "Нина", "Тамара", "Лилия", "Диляра", "Гульнара", "Алсу",
           "Зульфия", "Марина", "Инна", "Ангелина", "Ева", "Жанна", "Валентина"]
FATHERS = ["Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Евгений", "Иван", "Михаил",
           "Николай", "Владимир", "Павел", "Олег", "Игорь", "Юрий", "Пётр", "Илья", "Кирилл",
           "Фёдор", "Григорий", "Константин", "Виктор", "Василий", "Анатолий", "Геннадий", "Лев"]


def patronymic(father, male):
    stem = {"Лев": "Льв", "Пётр": "Петр", "Илья": "Иль", "Павел": "Павл"}.get(father, father)
    if stem.endswith("й"):
        stem = stem[:-1] + "е"
    if father == "Илья":
        return "Ильич" if male else "Ильинична"
    return stem + ("ович" if male else "овна") if not stem.endswith("е") else stem + ("вич" if male else "вна")


def feminine(surname):
    for masc, fem in (("ский", "ская"), ("ской", "ская"), ("ой", "ая"), ("ов", "ова"), ("ёв", "ёва"),
                      ("ев", "ева"), ("ин", "ина")):
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    return surname  # Шевчук, Кравченко, Белых, Ким: the same for both genders


def check_names(cli, rng):
    people = []
    while len(people) < 1200:
        male = len(people) % 2 == 0
        surname = rng.choice(SURNAMES_M)
        first = rng.choice(FIRST_M if male else FIRST_F)
        middle = patronymic(rng.choice(FATHERS), male)
        people.append((male, surname if male else feminine(surname), first, middle))
    lines = [("male" if m else "female") + "\t" + " ".join(p) for m, *p in people]
    got = run(cli, ["decline"], lines)
    maker = PetrovichDeclinationMaker()
    cases = [Case.GENITIVE, Case.DATIVE, Case.ACCUSATIVE, Case.INSTRUMENTAL, Case.PREPOSITIONAL]
    wrong = []
    for (male, surname, first, middle), row in zip(people, got):
        g = Gender.MALE if male else Gender.FEMALE
        expected = ["{} {} {}".format(maker.make(NamePart.LASTNAME, g, c, surname),
                                      maker.make(NamePart.FIRSTNAME, g, c, first),
                                      maker.make(NamePart.MIDDLENAME, g, c, middle)) for c in cases]
        if row.split("\t") != expected:
            wrong.append((" ".join((surname, first, middle)), row, expected))
    genders = {m for m, *_ in people}
    check(f"names: {len(people)} full names of both genders ({len(genders)}) declined as pytrovich does, 5 cases each",
          not wrong, wrong[:5])


def main():
    cli = sys.argv[1] if len(sys.argv) > 1 else "target/debug/zhaloba"
    rng = random.Random(20261201)
    check_identifiers(cli, rng)
    check_names(cli, rng)
    if failures:
        print(f"{failures} oracle check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
