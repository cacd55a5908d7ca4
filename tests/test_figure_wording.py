"""Figures from the usual wordings of progress reports: one sentence per class of wording, written for the tests."""
from __future__ import annotations

import pytest


def figures(record) -> set[tuple]:
    return {(f["target"], f["delivered"]) for f in record["figures"]}


@pytest.mark.parametrize("sentence,expected", [
    ("The charity supported 320 young carers last year.", (None, 320)),           # past verb before
    ("In 2022 the centre welcomed 45 newly arrived families.", (None, 45)),       # any past form in -ed
    ("Twelve volunteers were trained as befrienders.", (None, 12)),              # passive after the noun
    ("Our advice line answered more than 2,500 calls.", (None, 2500)),            # qualifier kept
    ("The club is scheduled to host eight football sessions in the spring.", (8, None)),  # plan verb
    ("The borough has pledged to resettle 150 refugees by 2026.", (150, None)),   # pledge with "has"
    ("The Council has committed to housing 30 individuals.", (30, None)),         # commitment
    ("Funding went to the forum to support nearly 900 asylum seekers.", (900, None)),  # purpose "to <verb>"
    ("Their grant has enabled the group to mentor 40 young people.", (None, 40)),  # enabled ... to: done
    ("The pilot is aiming to reach 3-4 towns with 50-60 families.", (50, None)),   # range: lower bound
    ("Between 30 and 40 volunteers helped at the fair.", (None, 30)),            # "between": lower bound
    ("We hope to welcome 100 more people next year.", (100, None)),              # "more" before the noun
    ("In total 18 refugees found jobs through the scheme.", (None, 18)),          # irregular past after the noun
    ("The number of households supported rose to 450.", (None, 450)),            # "the number of X rose to"
    ("It is estimated that 350 individuals and 250 employers will benefit from it.", (350, None)),  # estimate
    ("Four churches have been chosen to sponsor 25 refugees.", (25, None)),      # chosen to <work verb>: a plan
    ("That the resettlement of up to six families over five years, using stock owned by housing providers, be "
     "approved.", (6, None)),                                                     # a resolution: what it approves
    ("The new service will assist 400 refugees a year and will focus on housing.", (400, None)),  # "a year" ends it
    ("The funding will be used for delivering language training to nearly 1,800 students.", (1800, None)),  # planned
    ("The government says it has received 196 Syrian refugees and expects to receive another 250.", (None, 196)),
    ("Funding will go to 13 organisations across the region.", (13, None)),       # grantees counted: a figure
])
def test_role_of_a_count(extract_text, sentence, expected):
    assert expected in figures(extract_text("Project update\n\n" + sentence))


def test_metric_is_the_counted_noun_with_its_qualifiers(extract_text):
    record = extract_text("Update\n\nThe team ran workshops for 64 participants in local libraries and schools. "
                          "Seven apprentices recruited by partner employers started work.")
    metrics = {f["metric"]: (f["target"], f["delivered"]) for f in record["figures"]}
    assert metrics["participants in local libraries and schools"] == (None, 64)
    assert metrics["apprentices recruited"] == (None, 7)


def test_counts_that_refer_back(extract_text):
    record = extract_text("Update\n\nThis quarter 410 people were housed by the scheme. Of these, 95 came from "
                          "the coastal towns.\n\nWe hope to reach 1,200 pupils, including 300 in rural schools.")
    metrics = {(f["metric"], f["target"], f["delivered"]) for f in record["figures"]}
    assert ("people", None, 95) in {(m.split()[0], t, d) for m, t, d in metrics}
    assert any(m.startswith("pupils in rural schools") and t == 300 for m, t, d in metrics)


def test_target_and_delivered_pairs_in_prose_and_lines(extract_text):
    record = extract_text("Update\n\nWe trained 72 interpreters against a target of 60.\n\n"
                          "Drop-in sessions – target 40, achieved 46\n")
    pairs = {f["metric"].split()[0].lower(): (f["target"], f["delivered"]) for f in record["figures"]}
    assert pairs["interpreters"] == (60, 72) and pairs["drop-in"] == (40, 46)


def test_percentages_of_participants(extract_text):
    record = extract_text("Update\n\nAfter the course 85% of learners reported better confidence.")
    (figure,) = record["figures"]
    assert figure["delivered"] == 85 and figure["unit"] == "percent" and "learners" in figure["metric"]


@pytest.mark.parametrize("sentence", [
    "According to the 2021 census, 4,300 residents were born abroad.",          # population statistic
    "We have worked with 14 partner organisations across the county.",         # partners
    "The project has been running for three years.",                           # duration
    "The forum meets four times a year.",                                       # frequency
    "The grant of £25,000 was received in May.",                                # money
    "The project has three main objectives.",                                  # parts of a plan
    "Families played Snakes and Ladders and Connect Four at the drop-in.",     # a number inside a name
    "Leaders from the five local charities met in June.",                      # one of a set named before
])
def test_not_figures(extract_text, sentence):
    assert extract_text("Project update\n\n" + sentence)["figures"] == []


def test_a_count_said_twice_is_one_figure(extract_text):
    record = extract_text("Nine refugee families welcomed in Eastvale\n\nNine refugee families have arrived in "
                          "Eastvale. The nine families were met by volunteers. The agency has welcomed more than "
                          "40 people, 43 people in all.")
    assert sorted(figures(record)) == [(None, 9), (None, 43)]


def test_a_line_of_a_label_and_a_count_is_a_figure(extract_text):
    record = extract_text("Quarter 2\n\nNumber of participants: 85\nBeneficiaries supported – 230\nTel: 0161\n"
                          "Page: 4\n")
    assert {(f["metric"], f["delivered"]) for f in record["figures"]} == {("participants", 85),
                                                                          ("Beneficiaries supported", 230)}


def test_labelled_counts_a_pdf_ran_into_one_line_after_symbol_bullets(extract_text):
    # Word's Symbol-font bullet comes out of PDFs as U+F0B7; a qualifier after the count stays with the item
    record = extract_text("Annual Report - 2019\n\nOverview\n\n\uf0b7 Number of drop-in sessions held: 24 in 3 "
                          "venues \uf0b7 Number of volunteers recruited: 45 \uf0b7 Number of countries represented "
                          "at the club: 19 (Syria, Iraq and Eritrea) \uf0b7 Number of families supported: 120 (target "
                          "100) \uf0b7 Tel: 0161 496 0000\n")
    found = {(f["metric"], f["unit"], f["target"], f["delivered"]) for f in record["figures"]}
    assert found == {("drop-in sessions held", "sessions", None, 24), ("venues", "venues", None, 3),
                     ("volunteers recruited", "volunteers", None, 45),
                     ("countries represented at the club", "countries", None, 19),
                     ("families supported", "families", 100, 120)}


def test_a_possessive_duration_is_no_figure(extract_text):
    record = extract_text("Update\n\nRefugee Action, with over 30 years’ experience, will support 10 families.")
    assert figures(record) == {(10, None)}


def test_a_target_then_the_count_that_exceeded_it_is_one_figure(extract_text):
    """"tasked with supporting" is a plan; "exceeded its target, supporting 1796" delivers against it."""
    record = extract_text("Update\n\nThe Harbour Work project was originally tasked with supporting 1164 "
                          "beneficiaries by December 2023. However, the project has greatly exceeded its target, "
                          "supporting a total of 1796 beneficiaries.\n")
    assert [(f["target"], f["delivered"], f["unit"]) for f in record["figures"]] == [(1164, 1796, "beneficiaries")]


def test_a_plan_word_after_a_done_verb_leaves_the_count_delivered(extract_text):
    """Only a target cue right before the verb ("tasked with supporting") makes it a plan; "will" later in
    the sentence does not."""
    record = extract_text("Update\n\nIn 2019, 50 families were supported by the project, and we will do more "
                          "next year.\n")
    assert [(f["target"], f["delivered"]) for f in record["figures"]] == [(None, 50)]


def test_distances_a_two_way_process_and_a_clause_after_the_noun_are_no_metric(extract_text):
    record = extract_text(
        "Co-sponsors\n\nChurches within 100 miles of an affiliate office may apply. It is a 2-way process. The "
        "project will reach 4,500 people and fostering a sense of belonging is its aim.\n")
    metrics = {f["metric"] for f in record["figures"]}
    assert not any("miles" in m or "way" in m or "fostering" in m for m in metrics)
    assert "people" in metrics


@pytest.mark.parametrize("sentence,expected", [
    ("More than six hundred thousand newcomers have settled in the region.", {(None, 600000)}),  # spelled scale
    ("The number of sponsor groups has jumped to seven or eight this year.", set()),  # "or": no "eight" counted
    ("We distributed 30 kg of rice to 40 families.", {(None, 40)}),                     # a measure, not the work
    ("Report AFS#22213 Summary: 40 projects were funded.", {(None, 40)}),              # a reference number
    ("The minister today presented $632,000 to nine community organisations.", {(None, 9)}),  # after a money sum
])
def test_numbers_that_are_not_counts_of_the_work(extract_text, sentence, expected):
    assert figures(extract_text("Update\n\n" + sentence)) == expected


def test_page_numbers_of_a_contents_list_are_not_figures(extract_text):
    record = extract_text("Implementation Report\n\nIndex Page Foreword 4 Introduction 6 Participation 14 "
                          "Volunteering 14 A Sample of Projects Supported by the Fund 16 Lessons Learned 24 "
                          "Conclusions 30\n\nAppendix A – List of Projects awarded Grants 31 Appendix B – Profile "
                          "of Participants 37 Appendix C – Grant Agreement Template 39\n\n"
                          "This year the fund supported 131 projects.")
    assert figures(record) == {(None, 131)}


def test_an_issue_number_is_not_a_figure(extract_text):
    record = extract_text("Newsletter\n\nEdited by Ann Smith Page 1 Action for Refugees Spring 2011 Issue 8 "
                          "Afril News Spring is here and we will welcome 20 families this summer.")
    assert figures(record) == {(20, None)}


@pytest.mark.parametrize("sentence,expected", [
    ("This past year, the Association helped to welcome over 400 newcomers to the province.", (None, 400)),
    ("Our director spoke to over 7000 people about why refugee women must be heard.", (None, 7000)),
])
def test_a_named_subject_before_its_verb_and_irregular_pasts(extract_text, sentence, expected):
    assert expected in figures(extract_text("Annual review\n\n" + sentence))


def test_counts_of_outcomes_are_not_figures(extract_text):
    assert figures(extract_text("Update\n\nThe project, run by four partners, had two main outcomes.")) == set()


@pytest.mark.parametrize("sentence,expected", [
    ("Catholic Charities enrolled 174 in ESL training last year.", (None, 174)),   # people, unnamed
    ("The centre provides integrated services to more than 4000 people.", (None, 4000)),  # what it does now
])
def test_people_left_unnamed_and_the_work_a_body_does_now(extract_text, sentence, expected):
    assert expected in figures(extract_text("Update\n\n" + sentence))


def test_an_acronym_before_a_participle_keeps_it_an_adjective(extract_text):
    record = extract_text("Our plans for the year include:\n\n- recruiting 300 refugees and migrants onto an OCN "
                          "accredited course in digital manufacturing;\n- opening a second drop-in.")
    assert (300, None) in figures(record)  # a plan, though "accredited" ends in -ed


def test_a_dash_after_the_counted_noun_is_no_part_of_it(extract_text):
    """"The 51 people - who include ...": the metric is "people", never the dash."""
    record = extract_text("Arrivals\n\nThe 38 people - who include a baby and 9 children under the age of five - "
                          "will be taken to a welcome centre.\n")
    assert all(any(ch.isalpha() for ch in f["unit"]) for f in record["figures"])
    assert {f["metric"] for f in record["figures"] if f["target"] == 38 or f["delivered"] == 38} == {"people"}


@pytest.mark.parametrize("sentence", [
    "We have 5 or 6 people approach us each week, asking to volunteer.",
    "The group meets 3 times a month at the library.",
    "Around 20 families call the helpline every day.",
])
def test_a_rate_is_no_figure_of_the_work(extract_text, sentence):
    assert figures(extract_text("Update\n\n" + sentence)) == set()


def test_a_numbered_action_or_goal_of_a_strategy_is_no_figure(extract_text):
    record = extract_text("Fund\n\nThe Harbour Fund has been in place since 2017 and arises from Action 51 of the "
                          "Harbour Integration Strategy, which calls for funding to be made available.\n")
    assert figures(record) == set()


@pytest.mark.parametrize("sentence,expected", [
    # an age is no count, and "aged" ends the counted noun
    ("The pilot will help up to 900 young people aged 25 and under.", {("young people (up to)", 900, None)}),
    # "to prepare" and "to expand" name the work a grant is for: a plan
    ("Welcome Place received about $350,000 to expand adult education services to 150 refugees.",
     {("refugees", 150, None)}),
    ("The project will provide coaching to prepare 100 working age migrants for paid positions.",
     {("working age migrants for paid positions", 100, None)}),
    # "newly arrived" describes the people counted: part of the metric, no verb that makes it delivered
    ("The grant will go to Harbour House to provide services for 40 families of newly arrived refugees.",
     {("families of newly arrived refugees", 40, None)}),
    # "to bring N families" is a plan; "and anyone else" is no part of what is counted
    ("Ten churches are collaborating to bring up to seven Syrian refugee families to the area.",
     {("Syrian refugee families (up to)", 7, None)}),
    ("In March we will have a gathering for all five families and anyone else who wants to come.",
     {("families", 5, None)}),
])
def test_ages_are_not_counts_and_grants_to_expand_or_prepare_are_plans(extract_text, sentence, expected):
    record = extract_text("Update\n\n" + sentence)
    assert {(f["metric"], f["target"], f["delivered"]) for f in record["figures"]} == expected


def test_a_count_on_the_line_under_a_label_saying_what_was_done(extract_text):
    record = extract_text("Project page\n\nWe ran weekly groups.\n\nNew Arrivals reached\n\n77\n\nKey Information\n\n"
                          "Families housed\n12\n")
    found = {(f["metric"], f["delivered"]) for f in record["figures"]}
    assert ("New Arrivals reached", 77) in found
    assert ("Families housed", 12) in found


def test_a_number_under_a_line_of_running_text_is_no_figure(extract_text):
    """A page number under the last line of a page: the line does not open with a capital."""
    record = extract_text("Report\n\nThe project began in spring and by the summer all the families were\n"
                          "housed\n\n12\n")
    assert not [f for f in record["figures"] if f["delivered"] == 12]


@pytest.mark.parametrize("sentence", [
    "More than 20 agencies have come together in the county to form a forum.",   # bodies, no funding: partners
    "Four community organisations around the country have been chosen to host families.",
    "The latest CSO figures show that just shy of 2,700 Ukrainian refugees have come to the county.",  # statistic
])
def test_counts_that_measure_no_work(extract_text, sentence):
    assert not extract_text("Project update\n\n" + sentence)["figures"]


def test_a_count_ends_before_another_clause(extract_text):
    record = extract_text("Update\n\nThe government says it has received 196 Syrian refugees and expects to receive "
                          "another 250.")
    assert "Syrian refugees" in {f["metric"] for f in record["figures"]}


def metric_figures(record) -> set[tuple]:
    return {(f["metric"], f["target"], f["delivered"]) for f in record["figures"]}


@pytest.mark.parametrize("sentence, expected", [
    ("So far 30 of the planned 50 families have arrived.", ("families", 50, 30)),
    ("We have delivered 12 of the 15 planned sessions.", ("sessions", 15, 12)),
    ("Two of the four planned hubs opened in 2021.", ("hubs", 4, 2)),
    ("The centre hosted the first of 2 focus groups in May 2018.", ("focus groups", 2, 1)),
])
def test_a_share_of_a_plan_gives_delivered_and_target(extract_text, sentence, expected):
    assert expected in metric_figures(extract_text(f"Annual report 2022\n\n{sentence}\n"))


@pytest.mark.parametrize("text, expected", [
    ("Target: 100 learners. Achieved: 112 learners.", ("learners", 100, 112)),
    ("The project aimed to engage 200 young people and engaged 236.", ("young people", 200, 236)),
    ("The target was 50 volunteers; 62 were recruited.", ("volunteers", 50, 62)),
])
def test_an_achieved_count_completes_the_target_before_it(extract_text, text, expected):
    assert expected in metric_figures(extract_text(f"Annual report 2022\n\n{text}\n"))


def test_a_number_word_before_a_verb_counts_nothing(extract_text):
    record = extract_text(
        "Update\n\nFunds will be disbursed over two years. The two explained that agencies have months to work with "
        "refugees. We trained 20 volunteers.\n")
    assert [f["unit"] for f in record["figures"]] == ["volunteers"]


@pytest.mark.parametrize("text, expected", [
    ("The hubs will provide support to more than 520 people, helping them to find work.", ("people (more than)", 520, None)),
    ("The council will resettle 30 families a year – 15 families via the Harbour Scheme and 15 families via the "
     "Coastal Scheme, funded by the Home Office.", ("families via the Coastal Scheme", 15, None)),
])
def test_a_verb_after_a_comma_is_another_clause_and_via_qualifies_the_count(extract_text, text, expected):
    assert expected in metric_figures(extract_text(f"Annual report 2022\n\n{text}\n"))


def test_the_unit_is_the_counted_head_and_sizes_distances_and_times_are_no_counts(extract_text):
    record = extract_text(
        "Update\n\nWe have 20 new centres signing up. The schools will staff 223 specially trained settlement "
        "workers. Three individuals independently expressed interest. The report is a 1.6 MB PDF file. The call "
        "closes at 11.59 p.m. on Friday. The nearest centre is two bus rides away.\n")
    found = {(f["metric"], f["unit"]) for f in record["figures"]}
    assert found == {("new centres signing up", "centres"), ("specially trained settlement workers", "workers"),
                     ("individuals", "individuals")}


def test_an_apostrophe_groups_thousands_as_swiss_reports_write_them(extract_text):
    record = extract_text("Annual report\n\nIn 2023 the Kestrel Legal Service represented 9'565 asylum seekers in "
                          "federal asylum centres.\n")
    assert [f["delivered"] for f in record["figures"]] == [9565]


def test_a_fraction_is_a_share_not_a_count(extract_text):
    record = extract_text("Update\n\nTwo thirds of these newcomers found work. The team supported 45 families.\n")
    assert [f["delivered"] for f in record["figures"]] == [45]


def test_a_share_of_the_people_served_is_delivered(extract_text):
    """"65% of participants in the program are young women": what the service reached, told in the present;
    a share of people at large stays no figure."""
    record = extract_text("Grants\n\nThe Kestrel Group runs a homework club. 65% of participants in the program are "
                          "young women and girls. 40% of residents in the county are over 60.\n")
    assert [(f["delivered"], f["unit"]) for f in record["figures"]] == [(65, "percent")]
