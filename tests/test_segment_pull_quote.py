"""An article that sets a source's words under a line naming the source alone, no colon (a
pull quote: "The Kremlin" over "“…”"), goes on in its own voice after them, in it/en/ru/zh,
as after a line that ends with a colon: the paragraphs after the quotation are the article's,
not the source's, and a text the article quotes further on is cut as its own account. Every
text here is written for these tests."""

from __future__ import annotations

import pytest

from readouts.segment import split_accounts

ARTICLES = {
    "en": ("The presidents spoke by phone: two readouts, two different stories\n\n"
           "Moscow and Washington told the call in very different words.\n\n"
           "The Kremlin\n\n"
           "“The presidents discussed trade, energy and the situation in the region in a "
           "businesslike and frank manner, and agreed to keep in touch.”\n\n"
           "The two presidents spoke by phone on Monday. The accounts each side gave of the "
           "call have little in common.\n\n"
           "The White House readout stated: “The President made clear that the United States "
           "will defend its interests and those of its allies, and raised the fate of the "
           "detained journalists, asking for their release without delay.”\n"),
    "it": ("I presidenti si sono sentiti al telefono: due resoconti, due storie diverse\n\n"
           "Mosca e Washington hanno raccontato la telefonata con parole molto diverse.\n\n"
           "Il Cremlino\n\n"
           "«I presidenti hanno discusso di commercio, di energia e della situazione nella "
           "regione in modo franco e concreto, e hanno concordato di restare in contatto».\n\n"
           "I due presidenti si sono sentiti lunedì. I resoconti delle due parti hanno poco in "
           "comune.\n\n"
           "Il resoconto della Casa Bianca afferma: «Il presidente ha chiarito che gli Stati "
           "Uniti difenderanno i loro interessi e quelli degli alleati, e ha sollevato il caso "
           "dei giornalisti detenuti, chiedendone il rilascio senza indugio».\n"),
    "ru": ("Президенты провели телефонный разговор: два изложения, две разные истории\n\n"
           "Москва и Вашингтон описали разговор совсем разными словами.\n\n"
           "Кремль\n\n"
           "«Президенты деловито и откровенно обсудили торговлю, энергетику и положение в "
           "регионе и договорились поддерживать контакты».\n\n"
           "Президенты поговорили по телефону в понедельник. Изложения двух сторон мало похожи "
           "друг на друга.\n\n"
           "В сообщении Белого дома говорится: «Президент ясно дал понять, что США будут "
           "защищать свои интересы и интересы союзников, и поднял вопрос о задержанных "
           "журналистах, призвав освободить их без промедления».\n"),
    "zh": ("两国总统通电话：两份通报，两种不同的说法\n\n"
           "莫斯科和华盛顿对这次通话的描述大不相同。\n\n"
           "克里姆林宫\n\n"
           "“两国总统以务实坦诚的方式讨论了贸易、能源和地区局势，并同意保持联系。”\n\n"
           "两国总统周一通了电话。双方对这次通话的说法几乎没有共同之处。\n\n"
           "白宫通报写道：“总统明确表示，美国将捍卫自身及盟友的利益，并提出了被拘押记者的"
           "问题，希望对方尽快作出回应，双方同意由外长继续就此保持沟通和协调，"
           "并在下个月举行的会议上再次讨论这一问题。”\n"),
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_the_article_resumes_after_a_pull_quote(lang: str) -> None:
    drafts = split_accounts(ARTICLES[lang], {}, lang)
    got = [(d.source, d.kind) for d in drafts]
    assert got[:3] == [("unknown", "news"), ("kremlin", "readout"), ("unknown", "news")]
    assert ("whitehouse", "readout") in got[3:]
    assert not any(d.source == "kremlin" and ("2" in d.text or "周一" in d.text
                                               or "lunedì" in d.text) for d in drafts)
