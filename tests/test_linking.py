"""Linking: one contact told by many documents in many languages is one event, including
accounts that state no date (no header, a year-less "9月17日", a fact sheet days later)."""

from __future__ import annotations

from test_contacts import analyze_texts, held

from readouts.model import Analysis, Event

WH = ("President Donald J. Trump spoke this morning with President Xi Jinping of the People's "
      "Republic of China. The call lasted about 90 minutes.", "2026-09-17")
XINHUA_NO_YEAR = ("9月17日晚，国家主席习近平应约同美国总统特朗普通电话。", None)
CASA_BIANCA_NO_DATE = ("Il presidente Trump ha parlato in mattinata con il presidente Xi "
                       "Jinping. La telefonata è durata circa un'ora e mezza.", None)
KREMLIN_NO_DATE = ("Состоялся телефонный разговор Председателя КНР Си Цзиньпина с Президентом "
                   "США Дональдом Трампом.", None)


def reported(analysis: Analysis) -> list[Event]:
    return held(analysis)


def test_undated_and_yearless_accounts_join_the_one_dated_call() -> None:
    analysis = analyze_texts(WH, XINHUA_NO_YEAR, CASA_BIANCA_NO_DATE)
    events = reported(analysis)
    assert len(events) == 1, [e.to_json() for e in events]
    assert events[0].date == "2026-09-17"
    assert len(events[0].reported_by) == 3
    assert events[0].initiated_by == "donald-trump"


def test_an_undated_russian_account_joins_too() -> None:
    events = reported(analyze_texts(WH, KREMLIN_NO_DATE))
    assert len(events) == 1 and len(events[0].reported_by) == 2


def test_a_yearless_day_that_disagrees_stays_apart() -> None:
    other_day = ("3月5日晚，国家主席习近平应约同美国总统特朗普通电话。", None)
    events = reported(analyze_texts(WH, other_day))
    assert len(events) == 2
    assert {e.date for e in events} == {"2026-09-17", None}


def test_an_undated_account_stays_apart_when_two_dated_calls_fit() -> None:
    later = ("President Donald J. Trump spoke today with President Xi Jinping of China.",
             "2026-11-02")
    events = reported(analyze_texts(WH, later, CASA_BIANCA_NO_DATE))
    assert len(events) == 3
    undated = [e for e in events if e.date is None]
    assert len(undated) == 1 and len(undated[0].reported_by) == 1


def test_an_undated_account_of_another_type_stays_apart() -> None:
    meeting = ("Il presidente Donald Trump ha incontrato il presidente cinese Xi Jinping a "
               "Pechino, nella Grande sala del popolo, per colloqui sul commercio.", None)
    events = reported(analyze_texts(WH, meeting))
    assert len(events) == 2


def test_an_account_published_days_later_joins_the_stated_date() -> None:
    xinhua = ("新华社釜山10月30日电 10月30日，国家主席习近平在釜山同美国总统特朗普举行会晤。",
              "2025-10-30")
    fact_sheet = ("This week in the Republic of Korea, President Donald J. Trump reached a trade "
                  "and economic deal with President Xi Jinping of China.", "2025-11-01")
    events = reported(analyze_texts(xinhua, fact_sheet))
    assert len(events) == 1, [e.to_json() for e in events]
    assert events[0].date == "2025-10-30"
    assert events[0].type == "meeting"  # the fact sheet's "other" does not outvote


def test_an_account_published_weeks_later_does_not_join() -> None:
    xinhua = ("10月30日，国家主席习近平在釜山同美国总统特朗普举行会晤。", "2025-10-30")
    late = ("Президент США Дональд Трамп достиг договорённости с Председателем КНР Си "
            "Цзиньпином о снижении пошлин.", "2025-12-10")
    events = [e for e in reported(analyze_texts(xinhua, late))
              if set(e.participants) == {"donald-trump", "xi-jinping"}]
    assert len(events) == 2


def test_on_a_tie_the_more_specific_medium_wins() -> None:
    kremlin = ("Meeting with US President Joseph Biden. Vladimir Putin had a lengthy "
               "conversation with President of the United States Joseph Biden.", "2021-12-07")
    whitehouse = ("President Joseph R. Biden, Jr. held a secure video call today with President "
                  "Vladimir Putin of Russia.", "2021-12-07")
    event = reported(analyze_texts(kremlin, whitehouse))
    assert len(event) == 1 and event[0].type == "video_call"


def test_a_third_partys_account_joins_the_principals_call() -> None:
    whitehouse = ("President Joseph R. Biden, Jr. held a secure video call today with President "
                  "Vladimir Putin of Russia.", "2021-12-07")
    kyiv = ("Il presidente ucraino Volodymyr Zelensky giudica positiva la conversazione tra il "
            "presidente Joe Biden e il presidente Vladimir Putin. Zelensky ne parlerà con Biden "
            "nella telefonata prevista per il 9 dicembre.", "2021-12-08")
    analysis = analyze_texts(whitehouse, kyiv)
    events = reported(analysis)
    assert len(events) == 1 and len(events[0].reported_by) == 2
    assert events[0].type == "video_call"
    planned = [e for e in analysis.events if e.status == "planned"]
    assert planned and set(planned[0].participants) == {"joe-biden", "volodymyr-zelenskyy"}
    assert planned[0].date == "2021-12-09"


def test_a_mention_of_an_earlier_meeting_is_not_the_call_itself() -> None:
    xinhua = ("国家主席习近平应约同美国总统特朗普通电话。习近平指出，今年以来，双方团队认真落实"
              "我同总统先生在釜山会晤达成的重要共识。", None)
    analysis = analyze_texts(WH, xinhua)
    call = reported(analysis)
    assert len(call) == 1 and len(call[0].reported_by) == 2
    earlier = [e for e in analysis.events if not e.reported_by]
    assert [e.type for e in earlier] == ["meeting"]
    assert earlier[0].mentioned_in == [analysis.documents[1].readouts[0].id]


def test_planned_visits_told_with_and_without_a_year_are_one() -> None:
    wh = ("President Donald J. Trump spoke with President Xi Jinping of China. President Trump "
          "accepted President Xi's invitation to visit Beijing next April.", "2026-09-17")
    xinhua = ("国家主席习近平应约同美国总统特朗普通电话。习近平邀请特朗普明年4月访华。", None)
    planned = [e for e in analyze_texts(wh, xinhua).events if e.status == "planned"]
    assert len(planned) == 1 and planned[0].date == "2027-04"
    assert len(planned[0].mentioned_in) == 2
