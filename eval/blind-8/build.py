#!/usr/bin/env python
"""Build blind set 8: five invented Japanese documents and blind-8.jsonl.

All text lives in this file. Output is byte-identical from run to run:
reportlab invariant mode with fixed metadata, a .docx re-zipped with fixed
timestamps, and UTF-8 with LF for the text files.

    python eval/blind-8/build.py      # writes the documents into this folder and eval/blind-8.jsonl
"""
import datetime
import io
import json
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE
FIXED_ZIP_TIME = (2026, 3, 15, 9, 0, 0)
FIXED_DT = datetime.datetime(2026, 3, 15, 9, 0, 0)

# ---------------------------------------------------------------------------
# 1. garbage-guide.pdf
# ---------------------------------------------------------------------------

G_TITLE = "ごみの分け方・出し方ガイド"
G_SUBTITLE = "しらかば町　2026年度版（保存版）"
G_FOOTER = "しらかば町役場 環境衛生課"

G_INTRO = (
    "しらかば町では、ごみの減量とリサイクルを進めるため、2026年4月から分け方の一部を見直しました。"
    "いちばん大きな変更は、これまで燃やすごみとして出していたお菓子の箱や封筒などの紙類を、"
    "資源ごみの「雑がみ」として集めるようになったことです。"
    "町のごみの約4割は紙類で、その多くは資源として生まれ変わることができます。"
    "このガイドは1年間使えるように作っています。冷蔵庫の横など、目につく場所に貼っておいてください。"
)

G_RULES = [
    "ごみは収集日の朝8時30分までに、各地区の集積所に出してください。前の晩に出すと、カラスや猫に荒らされる原因になります。",
    "燃やすごみと燃やさないごみは、町の指定ごみ袋（黄色）に入れて出してください。指定袋以外で出されたごみは収集しません。",
    "指定ごみ袋は町内のスーパーや薬局、コンビニで販売しています。10枚入りで、大（45リットル）が400円、小（20リットル）が200円です。",
    "袋の表面には地区名を書く欄があります。お名前を書く必要はありません。",
    "集積所の清掃は、各地区の当番の方が週に1回行っています。ご協力をお願いします。",
]

G_TABLE = [
    ["地区", "燃やすごみ", "資源ごみ", "燃やさないごみ"],
    ["北地区", "毎週月曜・木曜", "毎週水曜日", "第1・第3金曜日"],
    ["中央地区", "毎週火曜・金曜", "毎週木曜日", "第2・第4水曜日"],
    ["南地区", "毎週月曜・木曜", "毎週火曜日", "第2・第4金曜日"],
    ["東地区", "毎週火曜・金曜", "毎週月曜日", "第1・第3水曜日"],
]

G_TABLE_NOTES = [
    "祝日も通常どおり収集します。ただし、年末年始（12月30日〜1月3日）は収集を休みます。",
    "有害ごみは地区に関係なく、毎月第2土曜日の午前9時から正午まで、役場東側の車庫前で回収します。",
    "台風や大雪で収集を中止するときは、防災無線と町のホームページでお知らせします。",
]

G_KINDS = [
    ("燃やすごみ",
     "生ごみ、汚れの落ちない紙、衣類、革製品、ゴム製品、木の枝（長さ50センチ以内に切ったもの）などです。"
     "生ごみは水気をよく切ってから出してください。水分が多いと燃えにくく、焼却炉で余分な燃料を使うことになります。"),
    ("資源ごみ",
     "びん、缶、ペットボトル、古紙、雑がみです。びんと缶は中を軽くすすいで、集積所の青いコンテナに入れてください。"
     "ペットボトルはキャップとラベルを外し、つぶしてから黄色いネットに入れます。外したキャップとラベルは燃やすごみです。"
     "古紙は新聞、雑誌、段ボールの種類ごとに分け、ひもで十字にしばって出してください。"
     "雑がみは紙袋にまとめて入れれば、そのまま出せます。"),
    ("燃やさないごみ",
     "陶磁器、ガラス、小型の金属製品、傘、なべ、やかんなどです。"
     "割れたガラスや刃物は厚紙で包み、袋に「キケン」と書いて出してください。収集する人がけがをしないためです。"),
    ("有害ごみ",
     "乾電池、蛍光管、水銀体温計、スプレー缶、ライターです。"
     "スプレー缶とライターは必ず中身を使い切ってから出してください。収集車の火災を防ぐためです。"),
    ("町で収集できないもの",
     "テレビ、エアコン、冷蔵庫、洗濯機は家電リサイクル法の対象のため、町では収集しません。"
     "買い替えるお店に引き取りを頼むか、町が指定する引取所（しらかば運送、電話000-111-2222）にご相談ください。"),
]

G_BULKY_INTRO = "一辺が50センチを超える家具、自転車、布団、じゅうたんなどは粗大ごみです。次の手順で出してください。"
G_BULKY_STEPS = [
    ("（1）", "環境衛生課に電話かインターネットで申し込みます。収集は月2回で、申し込みの順に日にちを決めます。"),
    ("（2）", "町内の取扱店で粗大ごみ処理券（1枚500円）を買い、品物の見やすいところに貼ります。"),
    ("（3）", "決められた日の朝8時30分までに、玄関先など収集車が止まれる場所に出してください。"),
]

G_QA = [
    ("引っ越しで、一度にたくさんのごみが出そうです。",
     "集積所に出せるのは1世帯につき指定袋5袋までです。それ以上はクリーンセンターに直接持ち込んでください。"
     "持ち込みは平日の午前9時から午後4時までで、10キロごとに100円かかります。"),
    ("集積所に、シールを貼られたごみが残っています。",
     "分け方が正しくないごみには、黄色い「収集できません」シールを貼って残しています。"
     "出した方は持ち帰って分け直し、次の収集日に出してください。"),
    ("使い終わった食用油は、どう出せばいいですか。",
     "少量なら新聞紙や布に染み込ませるか、市販の凝固剤で固めて燃やすごみに出してください。"
     "ペットボトルに入れた油は、役場の回収ボックスでも受け付けています。"),
    ("紙おむつは、どう出せばいいですか。",
     "汚物をトイレに流してから、燃やすごみとして出してください。中が見えないように新聞紙などで包んでもかまいません。"),
]

G_CONTACT = [
    ("お問い合わせ", None),
    ("しらかば町役場 環境衛生課 リサイクル係", None),
    ("電話", "000-123-4567（平日 午前8時30分〜午後5時15分）"),
    ("クリーンセンター", "000-123-7890"),
    ("※ 町のホームページでは、品目ごとの分け方を五十音順で調べられます。", None),
]


def build_pdf(path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (HRFlowable, KeepTogether, Paragraph,
                                    SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    MIN, GO = "HeiseiMin-W3", "HeiseiKakuGo-W5"
    navy = colors.HexColor("#1f3a5f")

    title = ParagraphStyle("t", fontName=GO, fontSize=20, leading=26, textColor=navy, wordWrap="CJK")
    sub = ParagraphStyle("s", fontName=MIN, fontSize=11, leading=16, wordWrap="CJK", spaceAfter=4)
    h = ParagraphStyle("h", fontName=GO, fontSize=12.5, leading=17, textColor=navy, spaceBefore=7,
                       spaceAfter=1, wordWrap="CJK", keepWithNext=1)
    body = ParagraphStyle("b", fontName=MIN, fontSize=9.5, leading=14, wordWrap="CJK", spaceAfter=2)
    bullet = ParagraphStyle("bl", parent=body, leftIndent=11, firstLineIndent=-11, spaceAfter=1)
    note = ParagraphStyle("n", parent=body, fontSize=8.8, leading=12.5, leftIndent=11, firstLineIndent=-11, spaceAfter=0)
    sub_h = ParagraphStyle("sh", fontName=GO, fontSize=10, leading=14, wordWrap="CJK", spaceBefore=3, keepWithNext=1)
    step = ParagraphStyle("st", parent=body, leftIndent=20, firstLineIndent=-20, spaceAfter=1)
    q = ParagraphStyle("q", fontName=GO, fontSize=9.5, leading=14, wordWrap="CJK", spaceBefore=3,
                       leftIndent=16, firstLineIndent=-16, keepWithNext=1)
    a = ParagraphStyle("a", parent=body, leftIndent=16, firstLineIndent=-16)
    cell = ParagraphStyle("c", fontName=MIN, fontSize=9.5, leading=13, wordWrap="CJK")
    cell_h = ParagraphStyle("ch", fontName=GO, fontSize=9.5, leading=13, wordWrap="CJK", textColor=colors.white)
    box = ParagraphStyle("bx", fontName=MIN, fontSize=9.5, leading=14, wordWrap="CJK")
    box_h = ParagraphStyle("bxh", fontName=GO, fontSize=11, leading=15, wordWrap="CJK", textColor=navy)

    def heading(text):
        return [Paragraph(text, h), HRFlowable(width="100%", thickness=1.2, color=navy, spaceBefore=0, spaceAfter=4)]

    story = [Paragraph(G_TITLE, title), Paragraph(G_SUBTITLE, sub),
             HRFlowable(width="100%", thickness=2.5, color=navy, spaceAfter=6)]
    story += heading("1　はじめに")
    story.append(Paragraph(G_INTRO, body))
    story += heading("2　ごみを出すときの基本ルール")
    story += [Paragraph("●　" + t, bullet) for t in G_RULES]
    story += heading("3　地区別の収集日")
    rows = [[Paragraph(c, cell_h) for c in G_TABLE[0]]]
    rows += [[Paragraph(c, cell) for c in r] for r in G_TABLE[1:]]
    t = Table(rows, colWidths=[28 * mm, 44 * mm, 40 * mm, 44 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), navy),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#7a8ca3")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef2f7")]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    story += [t, Spacer(1, 3)]
    story += [Paragraph("※　" + n, note) for n in G_TABLE_NOTES]
    story += heading("4　ごみの分け方")
    for name, text in G_KINDS:
        story += [Paragraph("■ " + name, sub_h), Paragraph(text, body)]
    story += heading("5　粗大ごみの出し方")
    story.append(Paragraph(G_BULKY_INTRO, body))
    story += [Paragraph(n + s, step) for n, s in G_BULKY_STEPS]
    story += heading("6　よくある質問")
    for qq, aa in G_QA:
        story += [Paragraph("Q.　" + qq, q), Paragraph("A.　" + aa, a)]
    story.append(Spacer(1, 8))
    box_rows = []
    for label, value in G_CONTACT:
        if value is None:
            st = box_h if label == "お問い合わせ" else box
            box_rows.append([Paragraph(label, st), ""])
        else:
            box_rows.append([Paragraph(label, box), Paragraph(value, box)])
    bt = Table(box_rows, colWidths=[34 * mm, 122 * mm], hAlign="LEFT")
    spans = [("SPAN", (0, i), (1, i)) for i, (_, v) in enumerate(G_CONTACT) if v is None]
    bt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, navy),
                            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6f8fb")),
                            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                            ("LEFTPADDING", (0, 0), (-1, -1), 8)] + spans))
    story.append(KeepTogether([bt]))

    def footer(canv, doc):
        canv.saveState()
        canv.setFont(MIN, 8)
        canv.drawCentredString(A4[0] / 2, 12 * mm, G_FOOTER + "　－" + str(doc.page) + "－")
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=16 * mm, bottomMargin=20 * mm,
                            title="ごみの分け方・出し方ガイド 2026年度版", author="しらかば町役場 環境衛生課",
                            subject="架空の町のごみ分別ガイド（評価用）", creator="blind-8 build.py",
                            invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 2. expense-rules.docx
# ---------------------------------------------------------------------------

# Each entry: ("h1", text) chapter, ("h2", text) article, ("p", text) body,
# ("table", rows), ("suppl", text) 附則 line (bold 附則 run).
E_COMPANY = "株式会社みずかね精機"
E_TITLE = "出張旅費規程"
E_BODY = [
    ("p", "制定　2026年3月15日　規程第18号"),
    ("h1", "第1章　総則"),
    ("h2", "第1条（目的）"),
    ("p", "この規程は、株式会社みずかね精機（以下「会社」という。）の従業員が業務のために出張する場合の旅費の支給について、必要な事項を定める。"),
    ("h2", "第2条（適用範囲）"),
    ("p", "この規程は、正社員、契約社員およびパートタイム社員に適用する。派遣社員の出張にかかる費用は、派遣元との契約の定めによる。"),
    ("h2", "第3条（出張の定義）"),
    ("p", "この規程において出張とは、従業員が会社の命令により、通常の勤務地から片道50キロメートル以上離れた場所へ移動して業務を行うことをいう。"),
    ("p", "2　片道50キロメートル未満の移動は近距離移動とし、交通費の実費のみを支給する。日当および宿泊料は支給しない。"),
    ("h2", "第4条（出張の申請）"),
    ("p", "出張しようとする者は、原則として出発の5営業日前までに出張申請書を所属長に提出し、承認を受けなければならない。"),
    ("p", "2　急な顧客対応など、事前に申請する時間がない場合は、所属長の口頭の承認を得て出発し、帰着後3営業日以内に申請書を提出する。"),
    ("h1", "第2章　旅費の種類と支給基準"),
    ("h2", "第5条（旅費の種類）"),
    ("p", "旅費は、次の各号に掲げるものとする。"),
    ("p", "（1）交通費　鉄道、航空機、バス、船舶などの運賃および料金"),
    ("p", "（2）日当　出張中の昼食代その他の諸雑費を補うための定額の手当"),
    ("p", "（3）宿泊料　宿泊を伴う出張における宿泊施設の料金"),
    ("p", "（4）その他の費用　会議の参加費など、所属長が業務上必要と認めた費用"),
    ("h2", "第6条（交通費）"),
    ("p", "交通費は、最も経済的かつ合理的な経路および方法により計算した実費を支給する。"),
    ("p", "（1）鉄道は普通運賃を基本とし、片道100キロメートル以上の区間では特急料金を加える。"),
    ("p", "（2）新幹線は、グリーン車を除く指定席の料金を支給する。"),
    ("p", "（3）航空機は、鉄道を使うと片道4時間を超える場合に限り利用できる。運賃は早期割引などの割引運賃を優先する。"),
    ("p", "（4）タクシーは、公共交通機関がない区間、深夜または早朝の移動、重い機材の運搬を伴う場合に限り利用できる。"),
    ("p", "（5）自家用車の利用は原則として認めない。やむを得ず利用する場合は事前に所属長の許可を受け、1キロメートルにつき25円を支給する。"),
    ("h2", "第7条（日当および宿泊料）"),
    ("p", "日当および宿泊料は、次の表のとおり役職の区分に応じて支給する。"),
    ("table", [
        ["区分", "日当（日帰り）", "日当（宿泊を伴う場合）", "宿泊料（1泊の上限）"],
        ["役員", "3,200円", "4,300円", "15,000円"],
        ["部長", "2,600円", "3,600円", "12,500円"],
        ["課長", "2,100円", "3,100円", "11,000円"],
        ["一般社員", "1,500円", "2,400円", "9,800円"],
    ]),
    ("p", "2　東京23区、大阪市または名古屋市に宿泊する場合の宿泊料の上限は、表の額に2,000円を加えた額とする。"),
    ("p", "3　宿泊料は、上限の範囲内で実際に支払った額を支給する。上限を超えた部分は本人の負担とする。"),
    ("p", "4　日帰り出張で、出張先での業務時間が4時間未満の場合は、日当を半額とする。"),
    ("h2", "第8条（食事付きの宿泊）"),
    ("p", "会社が宿泊先を手配し、朝食または夕食が宿泊料に含まれている場合は、日当から1食につき500円を差し引く。"),
    ("h2", "第9条（支給しない費用）"),
    ("p", "次に掲げる費用は、旅費として支給しない。"),
    ("p", "（1）客室で利用した有料テレビや冷蔵庫の飲み物の代金"),
    ("p", "（2）私的な観光・買物のための交通費"),
    ("p", "（3）家族など同行者にかかる費用"),
    ("p", "（4）業務と関係のない飲食代"),
    ("h1", "第3章　仮払いおよび精算"),
    ("h2", "第10条（仮払い）"),
    ("p", "出張期間が3日以上の場合、または旅費の見込み額が5万円を超える場合は、出張申請書とあわせて仮払いを申請することができる。"),
    ("h2", "第11条（精算）"),
    ("p", "出張者は、帰着後10日以内に出張報告書と領収書を添えて旅費精算書を経理部に提出しなければならない。"),
    ("p", "2　領収書が発行されない交通機関を利用した場合は、利用区間と金額を記入した支払証明書をもって領収書に代えることができる。"),
    ("p", "3　前項までの期限を過ぎて精算する場合は、遅れた理由を記した所属長の意見書を添付しなければならない。"),
    ("h2", "第12条（旅費の調整）"),
    ("p", "出張の前後に私的な旅行を組み合わせた場合は、業務に必要な区間の旅費のみを支給する。"),
    ("p", "2　出張中に病気やけがにより予定を延長した場合は、所属長の確認を受けて、延長した日数分の日当および宿泊料を支給する。"),
    ("h2", "第13条（改廃）"),
    ("p", "この規程の改廃は、取締役会の決議による。"),
    ("suppl", "この規程は、2026年4月1日から施行する。"),
]


def _east_asian(style_or_run_rpr, font):
    from docx.oxml.ns import qn
    rfonts = style_or_run_rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = style_or_run_rpr.makeelement(qn("w:rFonts"), {})
        style_or_run_rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    for k in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(k)) is not None:
            del rfonts.attrib[qn(k)]


def build_docx(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    styles = d.styles
    for name, font in (("Normal", "游明朝"), ("Title", "游ゴシック"),
                       ("Heading 1", "游ゴシック"), ("Heading 2", "游ゴシック")):
        st = styles[name]
        _east_asian(st.element.get_or_add_rPr(), font)
    styles["Normal"].font.size = Pt(10.5)
    styles["Title"].font.size = Pt(22)
    styles["Heading 1"].font.size = Pt(14)
    styles["Heading 2"].font.size = Pt(11)

    cp = d.core_properties
    cp.title = E_TITLE
    cp.author = "みずかね精機 総務部"
    cp.last_modified_by = "みずかね精機 総務部"
    cp.subject = "架空の会社の出張旅費規程（評価用）"
    cp.keywords = "blind-8"
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT

    d.add_paragraph(E_TITLE, style="Title")
    p = d.add_paragraph(E_COMPANY)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for kind, val in E_BODY:
        if kind == "h1":
            d.add_paragraph(val, style="Heading 1")
        elif kind == "h2":
            d.add_paragraph(val, style="Heading 2")
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, txt in enumerate(row):
                    c = t.cell(i, j)
                    c.text = txt
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
        elif kind == "suppl":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            r = p.add_run("附則")
            r.bold = True
            p.add_run("　" + val)
    buf = io.BytesIO()
    d.save(buf)
    rezip(buf.getvalue(), path)


def rezip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# 3. support-faq.html
# ---------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>クルリン R7 サポート情報｜ハルカゼ電機</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { font-family: "Hiragino Sans", "Yu Gothic", sans-serif; margin: 0; color: #222; line-height: 1.8; }
header { background: #0b6e4f; color: #fff; padding: 12px 24px; }
header nav a { color: #fff; margin-right: 16px; text-decoration: none; }
main { max-width: 860px; margin: 0 auto; padding: 16px 24px; }
details { border: 1px solid #cfd8d3; border-radius: 6px; margin: 8px 0; padding: 6px 12px; }
summary { font-weight: bold; cursor: pointer; }
table.errors { border-collapse: collapse; width: 100%; }
table.errors th, table.errors td { border: 1px solid #9fb3a9; padding: 4px 8px; }
dl.spec dt { font-weight: bold; float: left; clear: left; width: 10em; }
dl.spec dd { margin-left: 11em; }
footer { background: #eef3f0; font-size: 0.85em; padding: 12px 24px; }
</style>
</head>
<body>
<header>
<p class="site-title">ハルカゼ電機 サポートセンター</p>
<nav>
<a href="/products/">製品情報</a>
<a href="/support/">サポート</a>
<a href="/contact/">お問い合わせ</a>
</nav>
</header>
<main>
<p class="breadcrumb"><a href="/">ホーム</a> ＞ <a href="/support/">サポート</a> ＞ ロボット掃除機 ＞ クルリン R7</p>
<h1>ロボット掃除機「クルリン R7」サポート情報</h1>
<p>このページでは、ロボット掃除機「クルリン R7」（型番 HK-R7）をお使いのお客様に向けて、よくあるトラブルの解決方法、エラーコードの意味、日ごろのお手入れの方法をまとめています。</p>
<p>修理をご依頼いただく前に、まずこのページの内容をお試しください。多くのトラブルは、お手入れや置き場所を見直すだけで解決します。</p>

<h2 id="trouble">トラブルシューティング</h2>
<p>気になる症状をクリックすると、確認していただきたい点が表示されます。</p>
<details id="dock">
<summary>充電台に戻れない・充電されない</summary>
<p>充電台の左右50センチ、前方1.5メートルの範囲には物を置かないでください。本体は充電台から出る赤外線の信号を頼りに戻ってきます。</p>
<p>充電台は直射日光の当たらない場所に設置してください。強い日差しが当たると、センサーが日光を信号と誤って検知することがあります。</p>
<p>充電端子が汚れていると、正しく充電されません。本体と充電台の端子を乾いた布で拭いてください。</p>
</details>
<details id="stop">
<summary>掃除の途中で止まってしまう</summary>
<p>床の段差や電気コード、カーテンのすそに乗り上げていないか確認してください。高さ2センチを超える段差は乗り越えられません。</p>
<p>毛足の長いラグやじゅうたんの上では、車輪が空回りして止まることがあります。アプリで「進入禁止エリア」に設定しておくと安心です。</p>
</details>
<details id="suction">
<summary>吸引力が弱くなった・ごみが残る</summary>
<p>ダストボックスがいっぱいになっていないか、フィルターが目詰まりしていないかを確認してください。運転モードを「強」にすると吸引力が上がりますが、運転時間は短くなります。</p>
</details>
<details id="wifi">
<summary>スマートフォンのアプリとつながらない</summary>
<p>クルリン R7 は 2.4GHz 帯の Wi-Fi にのみ対応しています。5GHz 帯のネットワークには接続できませんので、ルーターの設定をご確認ください。</p>
<p>それでも接続できない場合は、Wi-Fi の設定をいったんリセットしてください。本体の電源ボタンとホームボタンを同時に5秒押し続けると、ランプが青く点滅して初期状態に戻ります。その後、アプリからもう一度登録してください。</p>
</details>
<details id="noise">
<summary>運転音が大きくなった</summary>
<p>サイドブラシやメインブラシに髪の毛が絡まっていると、回転するときに異音が出ます。ブラシを外して、絡まったものを取り除いてください。お手入れのあとも音が変わらない場合は、部品の摩耗が考えられます。</p>
</details>

<h2 id="errors">エラーコード一覧</h2>
<p>本体の表示部にエラーコードが出たときは、次の表を参考に対処してください。対処してもエラーが消えない場合は、お客様相談室にご連絡ください。</p>
<table class="errors">
<thead>
<tr><th>コード</th><th>内容</th><th>対処方法</th></tr>
</thead>
<tbody>
<tr><td>E01</td><td>車輪が床から浮いている</td><td>平らな床の上に置き直してください</td></tr>
<tr><td>E02</td><td>バンパーが押されたままになっている</td><td>バンパーを軽く数回押して戻してください</td></tr>
<tr><td>E05</td><td>ダストボックスが取り付けられていない</td><td>ダストボックスを奥まで差し込んでください</td></tr>
<tr><td>E07</td><td>サイドブラシが回転しない</td><td>絡まった髪の毛や糸を取り除いてください</td></tr>
<tr><td>E10</td><td>電池の温度が高すぎる</td><td>涼しい場所で30分ほど休ませてください</td></tr>
<tr><td>E21</td><td>落下防止センサーが汚れている</td><td>センサーを柔らかい乾いた布で拭いてください</td></tr>
</tbody>
</table>
<p class="note">※ 表にないコードが表示された場合は、型番とコードを控えてお問い合わせください。</p>

<h2 id="before">運転の前に</h2>
<p>クルリン R7 が部屋をスムーズに掃除できるよう、運転を始める前に次のものを床から片付けてください。</p>
<ul class="before">
<li>床に落ちている靴下やタオルなどの布類</li>
<li>床をはっている電気コードや充電ケーブル</li>
<li>ペットのトイレや水の入った器</li>
<li>倒れやすい花びんや置き物</li>
</ul>

<h2 id="care">日ごろのお手入れ</h2>
<p>性能を長く保つために、次のお手入れをおすすめします。</p>
<ul class="care">
<li>ダストボックスのごみは、掃除が終わるたびに捨ててください。</li>
<li>フィルターは週に1回、軽くたたいてほこりを落とします。</li>
<li>フィルターの水洗いは月に1回までにしてください。</li>
<li>水洗いしたフィルターは、日陰で24時間以上乾かしてから取り付けます。</li>
<li>サイドブラシは2週間に1回、根元に絡んだ毛を取り除きます。</li>
<li>落下防止センサーと充電端子は、月に1回、乾いた布で拭きます。</li>
<li>フィルターは約半年、サイドブラシは約1年を目安に交換してください。交換部品は当社の部品ショップで購入できます。</li>
</ul>

<h2 id="spec">主な仕様</h2>
<dl class="spec">
<dt>本体サイズ</dt><dd>直径33.5センチ、高さ9.2センチ</dd>
<dt>質量</dt><dd>約3.1キログラム</dd>
<dt>連続運転時間</dt><dd>約120分（標準モード）、約60分（強モード）</dd>
<dt>充電時間</dt><dd>約4時間</dd>
<dt>ダストボックス容量</dt><dd>0.4リットル</dd>
<dt>対応ネットワーク</dt><dd>Wi-Fi 2.4GHz帯（IEEE 802.11b/g/n）</dd>
</dl>
</main>
<footer>
<p>お客様相談室　電話 000-0000-1111（受付時間 午前9時〜午後6時、年末年始を除く）</p>
<p>© 2026 ハルカゼ電機株式会社（このページの会社と製品は架空のものです）</p>
</footer>
<script>
document.addEventListener("DOMContentLoaded", function () {
  var id = location.hash.replace("#", "");
  var target = id && document.getElementById(id);
  if (target && target.tagName === "DETAILS") { target.open = true; }
});
</script>
</body>
</html>
"""

# ---------------------------------------------------------------------------
# 4. tutorial.md
# ---------------------------------------------------------------------------

MD = """---
title: "nagare で始める自動バックアップ入門"
date: 2026-04-18
author: 佐伯まどか
tags: [nagare, バックアップ, CLI, チュートリアル]
description: 架空のバックアップツール nagare のインストールから定期実行、復元までを順番に説明します。
---

# nagare で始める自動バックアップ入門

「バックアップは大事」と分かっていても、毎回手作業でコピーするのは面倒なものです。この記事では、コマンドラインで使えるバックアップツール **nagare**（ながれ）を使って、作業フォルダを毎晩自動で保存する仕組みを作ります。

nagare は前回からの差分だけを転送するので、ふだんのバックアップは短い時間で終わります。なお、nagare はこの記事のために考えた架空のツールです。コマンドや URL は説明用のもので、実際には動きません。

## この記事でやること

- nagare をインストールする
- 設定ファイルを作り、バックアップ先を決める
- 手動でバックアップを実行する
- 毎晩決まった時刻に自動で動くようにする
- バックアップからファイルを復元する

## 動作環境

- 対応OS：Linux（カーネル 4.15 以降）、macOS 12 以降
- 必要な空きメモリ：256MB 以上
- バックアップ先：外付けディスク、NAS、または SSH で接続できるサーバー

## インストール

1. ターミナルを開き、次のコマンドでインストーラーを実行します。

   ```sh
   curl -fsSL https://example.invalid/nagare/install.sh | sh
   ```

2. インストールが終わったら、バージョンを表示して正しく入ったかを確かめます。

   ```sh
   nagare --version
   ```

3. `nagare 1.4.2` のように番号が表示されれば成功です。何も表示されないときは、記事の最後の「よくあるつまずき」を見てください。

## 初期設定

`nagare init` を実行すると、対話形式でいくつかの質問が表示されます。答え終わると、ホームディレクトリの `.config/nagare/` に設定ファイル `config.toml` が作られます。

```toml
[source]
paths = ["~/work", "~/Documents"]
exclude = ["*.tmp", "node_modules"]

[destination]
path = "/mnt/backup/nagare"

[retention]
keep = 7
```

設定ファイルはふつうのテキストなので、あとからエディターで書き換えてもかまいません。書き換えたあとは `nagare check` で書式に誤りがないかを確認しましょう。

> **メモ**：バックアップを暗号化する場合は、パスワードを設定ファイルに直接書かず、環境変数 `NAGARE_PASSPHRASE` で渡してください。
> 設定ファイルを人に見せたり共有したりしても、パスワードが漏れないようにするためです。

## バックアップを実行する

手動で実行するには、次のコマンドを使います。

```sh
nagare run
```

初回は対象のファイルをすべてコピーするため時間がかかりますが、2回目以降は変更のあったファイルだけを転送します。本番の前に `--dry-run` を付けて実行すると、どのファイルが対象になるかを、実際にはコピーせずに確かめられます。

## 主なオプション

`nagare run` では、次のオプションを指定できます。

| オプション | 説明 | 指定しないとき |
|---|---|---|
| `--dry-run` | コピーせずに対象ファイルの一覧だけを表示する | 実際にコピーする |
| `--exclude` | 除外するパターンを追加する（複数指定可） | 設定ファイルの除外だけ |
| `--keep` | 残しておく世代の数 | 7世代（約1週間分） |
| `--compress` | 圧縮の強さ（0〜9） | レベル3 |
| `--bwlimit` | 転送速度の上限（KB/秒） | 上限なし |
| `--quiet` | エラー以外のメッセージを表示しない | すべて表示する |

## 定期実行の設定

毎晩自動でバックアップするには、`nagare schedule` コマンドで実行時刻を登録します。

```sh
nagare schedule add --daily 02:00
```

登録すると、Linux では systemd のタイマーに、macOS では launchd に設定が書き込まれます。cron を自分で編集する必要はありません。
予定の時刻にパソコンがスリープしていた場合は、復帰後5分以内に遅れて実行されます。
登録した予定は `nagare schedule list` で確認でき、やめるときは `nagare schedule remove` で取り消せます。

## ファイルを復元する

うっかり消したファイルは、次の手順で取り戻せます。

1. `nagare list` を実行して、保存されている世代の一覧を表示します。
2. 戻したい世代のIDを控えます。IDは `20260418-0200` のような日時の形式です。
3. `nagare restore <ID> --to ~/restore` を実行して、別のフォルダに書き出します。
4. 中身を確認してから、必要なファイルだけを元の場所へコピーします。

元の場所に直接上書きすると、消えていなかった新しいファイルまで古い版に戻ってしまうことがあります。いったん別のフォルダに書き出してから選ぶほうが安全です。

## よくあるつまずき

### 「command not found」と表示される

インストール先の `~/.local/bin` が PATH に含まれていません。シェルの設定ファイルに追記して、ターミナルを開き直してください。

### バックアップ先に書き込めない

外付けディスクがマウントされているか、書き込みの権限があるかを確認してください。NAS の場合、ネットワークが切れていると、次の予定時刻まで待ってから再試行します。

### 容量が足りなくなった

`--keep` の値を小さくするか、`--compress` で圧縮の強さを上げてください。圧縮を強くすると容量は減りますが、バックアップにかかる時間は長くなります。

## まとめ

ここまでで、インストール、初期設定、手動実行、定期実行、復元までをひととおり試しました。バックアップは「取っている」だけでは安心できません。月に一度は実際に復元して、ファイルが元どおりに開けるかを確かめておくことをおすすめします。
"""

# ---------------------------------------------------------------------------
# 5. news-article.txt
# ---------------------------------------------------------------------------

NEWS = """旧杉ノ沢小が交流拠点に　図書室とカフェ備え再出発　森見町
2026年5月12日　森見日報

【森見】2019年3月に閉校した森見町の旧杉ノ沢小学校の木造校舎が、地域の交流拠点「杉ノ沢まなびや」として生まれ変わり、10日に開所した。運営するのは、卒業生や近所の住民でつくる「杉ノ沢の学び舎を守る会」。初日は町内外から約350人が訪れ、久しぶりに開いた校舎の廊下は、昔話に花を咲かせる人たちでにぎわった。

同校は1952年に創立され、閉校までの67年間に約2,400人が卒業した。閉校後、町は校舎の取り壊しを検討していたが、2021年に住民有志が守る会を結成し、校舎を残して活用する案を町に示した。町は耐震診断の結果を踏まえて保存を決め、2024年秋から改修工事を進めてきた。

新しい施設では、1階の旧職員室と二つの教室を図書室とカフェに改装した。図書室には、住民から寄せられた絵本や郷土の資料など約8,000冊が並ぶ。2階の旧音楽室は、合唱や楽器の練習に使える多目的室になった。本棚や閲覧用の机は、町内の大工や住民ボランティア延べ120人が、校舎の古い床板を再利用して手作りした。

改修では、校舎の骨組みや廊下の床板、教室の黒板をできるだけ残した。一方で、屋根の瓦をふき替え、壁の内側に耐震用の補強材を入れた。冬の寒さ対策として窓は二重にし、旧職員室にはまきストーブを置いた。校舎の入り口には、歴代の卒業生の集合写真や、閉校の日に児童が書いた寄せ書きも飾られている。

守る会の代表を務める村岡久美子さん（68）は同校の卒業生で、長年この校舎で教員としても働いた。「取り壊しと聞いたとき、思い出の詰まった場所をこのまま失いたくないと思った。子どもからお年寄りまで、誰でも気軽に立ち寄れる場所にしたい」と話す。

開所日を5月10日にしたのは、この日が同校の創立記念日にあたるためだ。式典では、最後の卒業生の一人で大学生の小野寺翔太さん（19）が「閉校の日にみんなで磨いた廊下を、また歩けるとは思わなかった。後輩のいない学校だけど、地域の人が集まる場所として続いていってほしい」とあいさつした。

式典の最後には、卒業生ら約40人が旧音楽室に集まり、校歌を合唱した。伴奏のピアノは閉校後も校舎に残されていたもので、地元の調律師が半年かけて音を整えたという。

カフェでは、地元の森見高校の生徒が週末に店員を務める。メニューは町内の農家から仕入れた野菜を使ったスープやおにぎりが中心で、生徒たちが考えた「給食風ランチ」も週替わりで出す。調理部2年の川端美月さん（16）は「おじいちゃんやおばあちゃんから昔の給食の思い出を聞いて、献立を考えた。揚げパンが一番人気になると思う」と笑顔を見せた。

開館は水曜から日曜の午前10時から午後5時まで。月曜と火曜は休館となる。本の貸し出しには、受付で利用者カードを作る必要がある。町外に住む人も、住所が確認できる書類を見せればカードを作れる。貸し出しは1人5冊まで、期間は2週間。

杉ノ沢地区の人口は、同校の児童数が最も多かった1960年ごろの約3分の1まで減った。閉校後は地区に子どもが集まる場所がなくなり、放課後に外で遊ぶ姿もほとんど見られなくなっていた。守る会は、平日の放課後に地区の小中学生が宿題をしたり本を読んだりできるよう、図書室の一角を「まなびコーナー」として開放する。

施設へは、森見駅から町営バス「杉ノ沢線」で約20分。「杉ノ沢まなびや前」で降りてすぐだ。町は開所に合わせてバス停の名前を「杉ノ沢小学校前」から改め、土日の便を1日4往復から6往復に増やした。駐車場は校庭の一部を使い、約30台分を用意している。

森見町の須藤正明町長は「校舎を残すかどうかは、町にとっても大きな決断だった。住民の皆さんが、自分たちの手で校舎に新しい役割を与えてくれた」と話した。守る会は今後、夏休みに子ども向けの工作教室や、校庭を使った星空観察会を開く計画だ。問い合わせは杉ノ沢まなびや（電話000-222-3333）へ。

関連：旧杉ノ沢小の木造校舎、町の文化財に指定へ（2025年11月20日）
"""

# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

Q = [
    # garbage-guide.pdf
    ("中央地区に住んでます。燃えないごみっていつ出せばいいですか？", "ja", "table", ["第2・第4水曜日"]),
    ("By what time in the morning do I have to put my garbage out on collection day?", "en", "fact", ["朝8時30分まで"]),
    ("割れたグラスを捨てるとき、袋に「キケン」って書くのは何のため？", "ja", "why", ["収集する人がけがをしないため"]),
    ("古いタンスを処分したいのですが、まず何をすればいいでしょうか。", "ja", "howto", ["環境衛生課に電話かインターネットで申し込みます"]),
    ("「よくある質問」のところ、揚げ物に使った油の捨て方はどう書いてある？", "ja", "section",
     ["市販の凝固剤で固めて燃やすごみに出して", "新聞紙や布に染み込ませる"]),
    ("引っ越しで要らない物が山ほど出そう。全部まとめて集積所に置いちゃっていい？", "ja", "paraphrase",
     ["1世帯につき指定袋5袋まで", "クリーンセンターに直接持ち込んで"]),
    # expense-rules.docx
    ("どのくらい遠くへ行くと「出張」の扱いになりますか？", "ja", "fact", ["片道50キロメートル以上"]),
    ("Why does the company pay a daily allowance (nittō) on business trips?", "en", "why", ["昼食代その他の諸雑費を補うため"]),
    ("課長が出張で泊まるとき、ホテル代はいくらまで出るの？", "ja", "table", ["11,000円"]),
    ("大阪や名古屋の市内に泊まる場合、宿泊費の上限は普段と同じですか？", "ja", "paraphrase", ["表の額に2,000円を加えた額"]),
    ("出張費として精算してもらえないものには、どんなものがありますか？", "ja", "list",
     ["私的な観光・買物のための交通費", "家族など同行者にかかる費用", "業務と関係のない飲食代"]),
    ("「精算」の条文だと、出張から戻って何日以内に書類を出さなきゃいけない？", "ja", "section", ["帰着後10日以内"]),
    # support-faq.html
    ("ふつうのモードだと、満充電から何分くらい掃除してくれますか？", "ja", "fact", ["約120分（標準モード）"]),
    ("本体にE07って出た。どうすればいい？", "ja", "table", ["絡まった髪の毛や糸を取り除いてください"]),
    ("How do I reset the Wi-Fi settings on the Kururin R7?", "en", "howto", ["電源ボタンとホームボタンを同時に5秒押し続ける"]),
    ("充電台を日当たりのいい窓ぎわに置かないほうがいいのはなぜですか？", "ja", "why", ["日光を信号と誤って検知することがあります"]),
    ("「日ごろのお手入れ」には、水で洗ったフィルターについて何て書いてありますか？", "ja", "section", ["日陰で24時間以上乾かしてから取り付けます"]),
    ("ロボット掃除機を走らせる前に、床からどけておくべき物って何？", "ja", "list",
     ["靴下やタオルなどの布類", "床をはっている電気コードや充電ケーブル", "ペットのトイレや水の入った器"]),
    # tutorial.md
    ("Macで使いたいんですが、macOSはどのバージョンから対応していますか？", "ja", "fact", ["macOS 12 以降"]),
    ("If I don't pass --keep, how many backup generations does nagare keep?", "en", "table", ["7世代（約1週間分）"]),
    ("暗号化のパスワードを設定ファイルに書かずに、環境変数で渡すのはどうして？", "ja", "why", ["パスワードが漏れないようにするため"]),
    ("インストールしたのに、打っても「そんなコマンドはない」って怒られる。どう直せばいい？", "ja", "howto",
     ["シェルの設定ファイルに追記して", "ターミナルを開き直してください"]),
    ("「定期実行の設定」によると、予定の時間にパソコンが眠っていたらバックアップはどうなりますか？", "ja", "section",
     ["復帰後5分以内に遅れて実行されます"]),
    ("一回目のバックアップがめちゃくちゃ時間かかったんだけど、毎回こんなもん？", "ja", "paraphrase", ["変更のあったファイルだけを転送します"]),
    # news-article.txt
    ("図書室の本って何冊くらいあるの？", "ja", "fact", ["約8,000冊"]),
    ("When did the old Suginosawa Elementary School close?", "en", "fact", ["2019年3月に閉校"]),
    ("オープンの日を5月10日にしたのには、何か理由があるんですか？", "ja", "why", ["同校の創立記念日にあたるため"]),
    ("隣の市に住んでるんだけど、まなびやの本を借りるにはどうすればいい？", "ja", "howto", ["住所が確認できる書類を見せれば"]),
    ("月曜日に行ったら開いてますか？", "ja", "paraphrase", ["月曜と火曜は休館"]),
    ("喫茶コーナーで接客しているのはどんな人たちですか？", "ja", "paraphrase", ["森見高校の生徒が週末に店員を務める"]),
    # near misses
    ("生ごみ処理機を買ったら、町から補助金はもらえますか？", "ja", "unanswerable", []),
    ("海外出張の場合、日当はいくら支給されますか？", "ja", "unanswerable", []),
    ("出張で貯まった航空会社のマイルって、個人で使っちゃっていいの？", "ja", "unanswerable", []),
    ("クルリン R7 のメーカー保証は、買ってから何年ですか？", "ja", "unanswerable", []),
    ("社内のプロキシ経由でしかネットに出られないんだけど、nagare で何か設定いる？", "ja", "unanswerable", []),
    ("旧杉ノ沢小の改修工事には、いくらくらいお金がかかったの？", "ja", "unanswerable", []),
]


def write_text(path, text):
    assert "\r" not in text
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    os.makedirs(DOCS, exist_ok=True)
    build_pdf(os.path.join(DOCS, "garbage-guide.pdf"))
    build_docx(os.path.join(DOCS, "expense-rules.docx"))
    write_text(os.path.join(DOCS, "support-faq.html"), HTML)
    write_text(os.path.join(DOCS, "tutorial.md"), MD)
    write_text(os.path.join(DOCS, "news-article.txt"), NEWS)
    lines = []
    for i, (question, lang, kind, answers) in enumerate(Q, 1):
        obj = {"id": "b8-%03d" % i, "question": question, "lang": lang, "kind": kind,
               "answers": answers, "unanswerable": kind == "unanswerable"}
        lines.append(json.dumps(obj, ensure_ascii=False))
    write_text(os.path.join(HERE, "..", "blind-8.jsonl"), "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
