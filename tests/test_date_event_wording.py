"""Dates, report dates and events on sentences written for each wording class, with the wordings that
must not match."""
from __future__ import annotations

import pytest
from partnergraph.extract.components.dates import month_first, parse_dates
from partnergraph.extract.facts.when import date_values


def values(text: str, report: str | None, us: bool = False) -> list[str]:
    return [v for _, _, parts in parse_dates(text, us) for v in date_values(parts, report)]


@pytest.mark.parametrize("text,report,expected", [
    ("the fair is on 12 th June", "2019-03", ["2019-06-12"]),  # an ordinal split off by PDF text
    ("classes restart on 3 rd September 2018", None, ["2018-09-03"]),
    ("from 03/04/2019 onwards", None, ["2019-04-03"]),  # UK day first
    ("Refugee Week runs 17-23 June", "2019", ["2019-06-17", "2019-06-23"]),
    ("from Monday 17 to Sunday 23 June", "2019", ["2019-06-17", "2019-06-23"]),
    ("the picnic on Friday 7 June", "2019-01", ["2019-06-07"]),
    ("see you on Tuesday, 4th February 2020", None, ["2020-02-04"]),
    ("rota for w/c 5 June", "2017", ["2017-06-05"]),
    ("rota for w/c 5/6", "2017", ["2017-06-05"]),
    ("signed on June 5, 2019 by both", None, ["2019-06-05"]),
    ("opens Saturday, October 3rd", "2020", ["2020-10-03"]),
    ("in 2016 we opened a second hub", None, ["2016"]),
    ("funded since 2012, the service", None, ["2012"]),
    ("continues until the end of 2024.", None, ["2024"]),
    ("the 2023 intake of students", None, ["2023"]),
    ("reimbursed last July", "2010-09-30", ["2010-07"]),
    ("reimbursed last November", "2010-09-30", ["2009-11"]),
    ("due next March", "2010-09", ["2011-03"]),
    ("during the second half of 2015, the crisis", None, ["2015"]),
    ("our first newsletter of 2019!", None, ["2019"]),
    ("throughout 2013 and 2014 the writers met", None, ["2013", "2014"]),
    ("funded 15 projects in FY 2010; ten ended", None, ["2010"]),
])
def test_date_wordings(text, report, expected):
    assert values(text, report) == expected


@pytest.mark.parametrize("text,expected", [
    ("the committee met on March 16, members were told", ["2016-03-16"]),  # a bare day before punctuation
    ("renewed their appointment for October 11 in Turin", ["2016-10-11"]),  # or after a preposition taking one
    ("Coming up on January 16 the library will", ["2016-01-16"]),
])
def test_a_bare_month_and_day_is_a_date_where_a_count_cannot_be(text, expected):
    assert values(text, "2016") == expected


@pytest.mark.parametrize("text,us,expected", [
    ("on 6/5/2019", True, ["2019-06-05"]),
    ("on 6/5/2019", False, ["2019-05-06"]),
    ("on 12/31/2021", False, ["2021-12-31"]),  # no 31st month: month first whatever the country
    ("in the quarter 9/15-11/30", True, ["2021-09-15", "2021-11-30"]),
    ("over the holidays 12/20-1/5", True, ["2021-12-20", "2022-01-05"]),
    ("on 6.5.2019", True, ["2019-05-06"]),  # dots are day first in every usage
])
def test_numeric_dates_by_usage(text, us, expected):
    assert values(text, "2021", us) == expected


@pytest.mark.parametrize("text", ["between 2015 and 2018", "in 2014-2020", "from 2016 to 2019", "Refugee Week 2022",
                                  "8/10 families", "in June 12 volunteers joined", "in June 12, volunteers joined", "the 2010 Act", "(2017 – 2018)",
                                  "a total of 2015 people", "the Act of 2019", "between 2013 and 2014 we met"])
def test_not_dates(text):
    assert values(text, "2019") == []


def test_american_text_reads_month_first():
    assert month_first("Welcome Corps sponsors across the U.S. and in the United States capital")
    assert not month_first("Our partners in the UK and America")
    assert not month_first("Leeds City Council")


def test_report_date_from_a_dateline_below_the_banner(extract_text):
    record = extract_text("Home | News | Contact\n\nCharity to lead local welcome\n\nPRESS RELEASE\n\n14 March 2018\n\n"
                          "The charity will take over the service from next month, its board said.")
    assert record["report_date"] == "2018-03-14"


def test_report_date_after_posted_on(extract_text):
    record = extract_text("Volunteers wanted\n\nOur mentoring scheme needs more people from across the borough to "
                          "help families settle in.\n\nPosted on 3 May 2021 by the team")
    assert record["report_date"] == "2021-05-03"


def test_a_span_of_years_in_the_title_is_a_period_not_a_date(extract_text):
    assert extract_text("Impact Report 2019-2020\n\nWe supported many people.")["report_date"] is None
    assert extract_text("Minutes: March 2016\n\nPresent: the group.")["report_date"] == "2016-03"


def test_yearless_dates_take_the_year_the_text_gives(extract_text):
    record = extract_text("Welcome Cafe news\n\nIn 2018 the cafe opened its doors to refugees and local people "
                          "in the town for the first time ever.\n\nThe summer party on Saturday 14 July drew a crowd.")
    assert record["report_date"] is None
    assert {d["value"] for d in record["dates"]} == {"2018", "2018-07-14"}


def events_of(record) -> list[tuple]:
    return [(e["date"], e["venue"], e["place"]) for e in record["events"]]


def test_happening_with_a_date_and_venue(extract_text):
    record = extract_text("Update\n\nThe drop-in launch took place on 3 March 2020 at Riverside Hall, Norwich.")
    assert events_of(record) == [("2020-03-03", "Riverside Hall", "Norwich")]


def test_arrivals_and_decisions_in_minutes(extract_text):
    record = extract_text("Scrutiny panel\n\nIn May 2016 the Council resettled its first three families, and a "
                          "further two families arrived in August 2016. Members agreed to accept four more "
                          "families in June 2017.")
    assert [e["date"] for e in record["events"]] == ["2016-05", "2016-08", "2017-06"]


def test_award_in_a_bare_year_and_a_day_that_opens_the_sentence(extract_text):
    record = extract_text("News\n\nIn 2019 the group received a national community award. On 4 April 2017, the "
                          "two charities became one organisation.")
    assert [e["date"] for e in record["events"]] == ["2019", "2017-04-04"]


def test_the_end_of_a_financial_year_in_a_month_is_a_deadline_not_an_event(extract_text):
    record = extract_text("Annual report\n\nBy the end of the financial year in July 2020, the charity was "
                          "supporting 25 families at its drop-in sessions.")
    assert record["events"] == []


def test_lifetime_and_bare_facts_are_not_events(extract_text):
    record = extract_text("News\n\nThe project has run since March 2015. In 2018 they settled 40 people.")
    assert record["events"] == []


def test_press_dateline_dates_what_happened_today(extract_text):
    announced = extract_text("Leeds, June 5, 2019 - The Minister today announced new funding for twelve groups "
                             "working in Leeds with refugees and asylum seekers.\n\nMore text follows here.")
    assert events_of(announced) == [("2019-06-05", None, "Leeds")]
    said = extract_text("Leeds, June 5, 2019 - The agency says it has launched more than eighty projects across "
                        "the country this decade.\n\nMore text follows here.")
    assert said["events"] == []


def test_a_named_venue_makes_an_undated_happening_an_event(extract_text):
    record = extract_text("Library news\n\nThere are exhibitions at Castle Library about the journeys of "
                          "refugees.")
    assert events_of(record) == [(None, "Castle Library", None)]


def test_a_room_gives_way_to_its_building(extract_text):
    record = extract_text("Forum papers\n\nForum meeting: Room 4, Grange Civic Centre, Tuesday 2 March 2021\n\n"
                          "Apologies were received.")
    assert [(e["date"], e["venue"]) for e in record["events"]] == [("2021-03-02", "Grange Civic Centre")]


def test_a_line_of_an_events_list_gives_its_town(extract_text):
    record = extract_text("Training dates 2021\n\nSessions for advice workers:\n\n- 14th May, Eastbourne (room tbc)\n\n"
                          "- 2nd June, Hastings")
    assert [(e["date"], e["place"]) for e in record["events"]] == [("2021-05-14", "Eastbourne"),
                                                                  ("2021-06-02", "Hastings")]


def test_a_meeting_space_or_a_performance_report_is_no_happening(extract_text):
    record = extract_text("News\n\nSince May 2016 the cafe has been a meeting space for newcomers. Performance "
                          "reports are due in June 2017.")
    assert record["events"] == []


def test_a_date_after_a_preposition_opening_the_text_is_no_dateline(extract_text):
    """"From October 2 to 5, 2023, Turin hosted the first meeting": the text opens on the event's dates."""
    record = extract_text("From October 2 to 5, 2023, Turin, Italy hosted the first transnational meeting of the "
                          "project partners.\n\nThe partners presented their work.\n")
    assert any(e["date"] == "2023-10-02" for e in record["events"])


def test_a_dateline_with_its_time_dates_the_report(extract_text):
    record = extract_text("Close Search\n\nNews | Careers\n\nJobs\n\nEmployment plan unveiled\n\n21 December 2015 at 10:57 am\n\nThe "
                          "government has funded six charities to help refugees into work.\n")
    assert record["report_date"] == "2015-12-21"


def test_a_range_of_days_or_a_fiscal_year_in_the_title_dates_no_report(extract_text):
    assert extract_text("Refugee Week 2017\n\nSun, 18 Jun - Sat, 24 Jun 2017\n\nEvents across the city.\n"
                        )["report_date"] is None
    assert extract_text("Supplemental Services Program in FY 2011\n\nThe program serves refugees.\n"
                        )["report_date"] is None


def test_a_yearless_date_takes_the_year_of_its_own_sentence_or_the_last_one_before(extract_text):
    record = extract_text("During the second half of 2015, the crisis was met by acts of welcome from "
                          "communities and individuals across the country.\n\nFrom 20th - 26th June Refugee Week "
                          "2016 celebrated the welcome shown.\n\nA quiz was held on the 9th July.\n")
    assert {d["value"] for d in record["dates"]} == {"2015", "2016-06-20", "2016-06-26", "2016-07-09"}


def test_a_year_in_an_opening_sentence_is_no_report_date(extract_text):
    record = extract_text("During the second half of 2015, the refugee crisis was met by acts of welcome from "
                          "communities and individuals across the country.\n\nInspired by them, the theme of the "
                          "week was welcome.\n")
    assert record["report_date"] is None
    assert extract_text("Welcome week\n\nInspired by them, the theme of Refugee Week 2016 was welcome.\n\nWe "
                        "held ten events.\n")["report_date"] is None


def test_a_long_run_of_capitals_after_a_venues_label_is_read_at_once(extract_text):
    """The venue-list pattern once split such a run two ways at every letter (hours for 40 capitals)."""
    record = extract_text("Venues: " + "HARBOURSIDECOMMUNITYWELCOMECENTREANDHALL" + " ; Riverside Hall hosted the "
                          "fair on 5 May 2024.\n")
    assert record["document"] == "report.txt"


def test_an_arrival_at_an_airport_is_a_dated_event_at_a_venue(extract_text):
    record = extract_text("First year\n\nIn late June 2016 the first families touched down at Wexcombe Airport, "
                          "welcomed by Harbour Refugee Action.\n")
    assert [(e["date"], e["venue"]) for e in record["events"]] == [("2016-06", "Wexcombe Airport")]


def test_a_text_opening_on_a_bullet_has_no_title_and_its_first_item_can_be_an_event(extract_text):
    """A page cut from its headline: the first bullet is an item like the others, not the title."""
    record = extract_text(
        "  • Kick-off meeting in Wexcombe on 30-31 March 2017. The meeting set out the project's aims.\n"
        "  • A study visit in Millbrook on 16-19 May 2017. Eight people took part.\n")
    assert record["title"] is None
    assert {e["date"] for e in record["events"]} >= {"2017-03-30", "2017-05-16"}


def test_a_labelled_meeting_date_in_a_run_together_header_dates_the_minutes(extract_text):
    record = extract_text("Page 1 of 4 MEETING DATE: 3/20/2017 MEETING TIME 9:30 a.m. LOCATION: Public Library "
                          "ATTENDANCE: M. Agema (Georgian College); D. Brown (City of Barrie); S. Cole (YMCA)\n\n"
                          "The next meeting is on 4/5/2017 at the library.")
    assert record["report_date"] == "2017-03-20"
    assert "2017-04-05" in {d["value"] for d in record["dates"]}  # the text's own dates read month first


def test_a_page_opening_on_a_paragraph_has_no_title_lines_to_skip(extract_text):
    record = extract_text("date 2020-07-09 The council and partner agencies are delighted to announce the launch "
                          "of the Migrant Integration Strategy 2020-2024 by the Mayor. The launch took place on "
                          "Tuesday June 30 2020.\n\nThe strategy was developed with local groups.")
    assert "2020-06-30" in {e["date"] for e in record["events"]}


def test_a_deadline_is_not_the_date_of_an_event(extract_text):
    record = extract_text("Annual report\n\nThis program will see an additional 1,700 immigrants arriving annually "
                          "by 2022. The new centre opened on 3 May 2017.")
    assert {e["date"] for e in record["events"]} == {"2017-05-03"}


def test_a_reports_date_field_is_not_an_event(extract_text):
    report = extract_text("1 STAFF REPORT ACTION REQUIRED CD15.5 Newcomer Strategy Progress Report Date: October "
                          "5, 2016 To: Community Development Committee From: Executive Director Wards: All SUMMARY "
                          "The council approved the programme at its meeting on September 30, 2015.")
    assert "2016-10-05" not in {e["date"] for e in report["events"]}
    assert report["report_date"] == "2016-10-05"


def test_an_events_list_item_gives_its_date_venue_and_place(extract_text):
    """A newsletter's events list: the happening on one line, its date and time alone on the next, then its
    venue and address in brackets."""
    record = extract_text("Upcoming Events\n\nHarbourtown – Refugee Forum Launch Event\n\n14/03/2019 09:30\n\n"
                          "(Quayside Business Centre, 12 Dock Road, HT1 2AB Brussels, Belgium)\n\nThe forum invites "
                          "all partners to the launch.\n\nTraining Day\n\n02/04/2019\n\nMore news follows.\n")
    events = {(e["date"], e["venue"], e["place"]) for e in record["events"]}
    assert ("2019-03-14", "Quayside Business Centre", "Brussels") in events
    assert any(e[0] == "2019-04-02" for e in events)  # "Training Day": a happening with its date, no venue
    assert {"name": "Quayside Business Centre", "place": "Brussels"} in [
        {k: v[k] for k in ("name", "place")} for v in record["venues"]]
    assert "Quayside Business Centre" not in {o["name"] for o in record["organisations"]}


def test_a_date_line_with_its_hours_makes_an_event_whatever_the_heading_calls_it(extract_text):
    record = extract_text("Refugee Week 2017\n\nEvents you can attend.\n\nWomen Refugee Stories\nSunday 18 June\n"
                          "2pm to 5pm\n\nWomen of the district speak about their journeys.\n\nTales Across the Decades\n"
                          "Thursday 22 June\n1 - 5pm\n\nA session on the history of each wave of arrivals.\n")
    events = {(e["date"], e["description"]) for e in record["events"]}
    assert ("2017-06-18", "Women Refugee Stories") in events
    assert ("2017-06-22", "Tales Across the Decades") in events


def test_a_date_line_under_a_heading_that_names_no_happening_is_no_event(extract_text):
    record = extract_text("Annual Accounts\n\n14/03/2019\n\n(Quayside Business Centre, 12 Dock Road)\n\n"
                          "The accounts were agreed.\n")
    assert not [e for e in record["events"] if e["date"] == "2019-03-14"]


@pytest.mark.parametrize("text", [
    "Throughout 2013 and 2014, local writers regularly met with a group of asylum seekers in Darebin.",
    "The visit was organised by the Harbour Network, established in early 2012 and led by the Harbour Commission.",
    "The minister told the meeting that as at 9 February 2022, 5,348 evacuees had been helped.",
])
def test_a_bare_year_or_the_date_of_a_count_makes_no_event(extract_text, text):
    assert not extract_text("News\n\n" + text + "\n")["events"]


def test_an_event_takes_the_year_its_sentence_names(extract_text):
    record = extract_text("During the second half of 2015, the crisis was met by acts of welcome from communities "
                          "across the country.\n\nFrom 20th - 26th June Refugee Week 2016 celebrated the welcome shown, "
                          "with a festival at the Square Chapel.\n")
    assert "2016-06-20" in {e["date"] for e in record["events"]}


def test_a_long_report_title_line_dates_the_report(extract_text):
    record = extract_text(
        "Registered Charity No. 1176524\n\nReport from the Management Committee to the Annual General Meeting of "
        "the Friends of the Kelvin Drop-In for Asylum Seekers and Refugees: 4th November 2020 (via Zoom)\n\n"
        "Since the last AGM in August 2019, we are pleased that Sam has joined the committee.\n")
    assert record["report_date"] == "2020-11-04"


def test_a_sentence_saying_where_the_happening_just_dated_took_place_gives_it_its_venue(extract_text):
    record = extract_text(
        "Project news\n\nOn Monday, May 14th 2018, the Kelvin Integration Centre hosted the first of two focus "
        "groups of the project. The focus group took place at the Wexcombe Conference Centre and it was attended "
        "by 20 people.\n")
    assert [(e["date"], e["venue"]) for e in record["events"]] == [("2018-05-14", "Wexcombe Conference Centre")]


def test_a_venue_after_at_the_and_a_line_break_is_where_the_dated_meeting_was(extract_text):
    record = extract_text("Minutes of the group\n\nMinutes of meeting held on Monday 9th May 2016 at the\nFriends "
                          "Meeting House in Kestrel\n\nAnn chaired the meeting.")
    assert ("2016-05-09", "Friends Meeting House", None) in events_of(record)


def test_a_library_branch_is_a_venue(extract_text):
    record = extract_text("Library news\n\nThe celebration of the programme was held at the Main Branch on "
                          "12 March 2019.")
    assert events_of(record) == [("2019-03-12", "Main Branch", None)]


def test_a_museum_of_a_place_visited_is_a_venue_and_no_body(extract_text):
    record = extract_text("Summer news\n\nThe children enjoyed visits to the Museum of Kestrel to learn about its "
                          "heritage.")
    assert [v["name"] for v in record["venues"]] == ["Museum of Kestrel"]
    assert "Museum of Kestrel" not in {o["name"] for o in record["organisations"]}
    assert [(e["date"], e["venue"]) for e in record["events"]] == [(None, "Museum of Kestrel")]


def test_a_day_marked_each_year_dates_no_event(extract_text):
    record = extract_text(
        "World Refugee Day 2015\n\nWorld Refugee Day is marked internationally on 20 June each year, and events are "
        "held across the country.\n\nA celebration will be held at Rongotai College on Sunday 14 June 2015.\n")
    assert [e["date"] for e in record["events"]] == ["2015-06-14"]


def test_a_date_after_a_yearly_habit_dates_no_event(extract_text):
    record = extract_text(
        "Review 2020\n\nFounded in 1998 and held every "
        "year around World Refugee Day on the 20 June, Refugee Week is celebrated through events. The forum held its "
        "annual conference on 3 March 2020.\n")
    assert [e["date"] for e in record["events"]] == ["2020-03-03"]


def test_a_dateline_opening_the_first_paragraph_dates_the_report(extract_text):
    record = extract_text("Leeds, June 5, 2019 - The Minister today announced new funding for twelve groups working in "
                          "Leeds with refugees and asylum seekers.\n\nMore text follows here.")
    assert record["report_date"] == "2019-06-05"


def test_a_month_told_in_the_past_long_after_the_report_month_is_last_years(extract_text):
    """In a report dated January 2022, "connected in November" is November 2021; "will be held in November"
    is November 2022, and so is a past "in March" (a report dated before it was finished)."""
    record = extract_text("date 2022-01-29\n\nA group from the church connected in November with Harbour Relief. "
                          "The fair will be held in November. Two events were held in March.\n")
    found = {d["value"] if isinstance(d, dict) else d for d in record["dates"]}
    assert {"2021-11", "2022-11", "2022-03"} <= found
    assert "2021-03" not in found
