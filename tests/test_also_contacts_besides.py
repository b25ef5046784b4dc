"""A later sentence adding contacts "besides" the lead's counterpart ("除安倍外，他还会见了A、B
和C", "Besides Abe, he also met A", "Oltre ad Abe, ha incontrato anche A", "Помимо Абэ, он
также встретился с A") tells the lead's subject's contacts with the others: the one named in
the "besides" phrase is the counterpart already told, not their host (found on a real China
News Service item: Xi's meetings with Merkel, May and Hollande after Abe came out as Abe's)."""

import pytest
from test_contacts import analyze_texts

LEAD = {
    "zh": "5日下午，中国国家主席习近平在杭州会见日本首相安倍晋三。",
    "en": "Chinese President Xi Jinping met Japanese Prime Minister Shinzo Abe in Hangzhou on "
          "Monday afternoon.",
    "it": "Il presidente cinese Xi Jinping ha incontrato lunedì pomeriggio a Hangzhou il premier "
          "giapponese Shinzo Abe.",
    "ru": "Председатель КНР Си Цзиньпин в понедельник днем встретился в Ханчжоу с премьер-"
          "министром Японии Синдзо Абэ.",
}
BESIDES = {
    "zh": "在接下来的两个小时里，除安倍外，他还连续会见了德国总理默克尔和法国总统奥朗德。",
    "en": "Besides Abe, he also met German Chancellor Angela Merkel and French President "
          "Francois Hollande over the next two hours.",
    "it": "Oltre ad Abe, nelle due ore successive ha incontrato anche la cancelliera tedesca "
          "Angela Merkel e il presidente francese Francois Hollande.",
    "ru": "Помимо Абэ, в следующие два часа он также встретился с канцлером Германии Ангелой "
          "Меркель и президентом Франции Франсуа Олландом.",
}


@pytest.mark.parametrize("lang", sorted(LEAD))
def test_contacts_besides_the_lead_counterpart_are_the_subjects(lang: str) -> None:
    analysis = analyze_texts((LEAD[lang] + " " + BESIDES[lang], "2016-09-06"))
    pairs = sorted(tuple(sorted(e.participants)) for e in analysis.events
                   if e.reported_by and e.type == "meeting")
    assert pairs == [("angela-merkel", "xi-jinping"), ("francois-hollande", "xi-jinping"),
                     ("shinzo-abe", "xi-jinping")], (lang, pairs)
