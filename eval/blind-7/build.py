#!/usr/bin/env python3
"""Build blind set 7: five invented Japanese documents and blind-7.jsonl.

Writes docs/event-flyer.pdf, docs/training-manual.docx, docs/museum-page.html,
docs/cooking-class-blog.md, docs/novel-excerpt.txt and blind-7.jsonl next to
this script.  Every run produces byte-identical files.
"""
import copy
import datetime
import io
import json
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = HERE

# ---------------------------------------------------------------------------
# 1. event-flyer.pdf
# ---------------------------------------------------------------------------

FLYER_TITLE = "第12回 さくら台ふれあい夏まつり"
FLYER_SUB = "2026年8月1日（土）・2日（日）　さくら台中央公園"

FLYER_GREETING = [
    "今年もさくら台の夏がやってきます。第12回を迎える「さくら台ふれあい夏まつり」は、"
    "地域の子どもからお年寄りまで誰もが楽しめるお祭りとして、自治会・商店会・学校・"
    "ボランティアの皆さんの手で準備を進めてきました。",
    "今年は初めて2日間の開催となり、2日目の夜にはみどり川の堤防から打ち上げ花火を行います。"
    "ご家族やご近所の方とお誘いあわせのうえ、ぜひお越しください。",
]
FLYER_GREETING_SIGN = "さくら台ふれあい夏まつり実行委員長　大野 和彦"

FLYER_OUTLINE = [
    ("日程", "2026年8月1日（土）・8月2日（日）"),
    ("時間", "両日とも10:00〜20:30"),
    ("会場", "さくら台中央公園（みどり川市さくら台三丁目）と周辺の特設会場"),
    ("主催", "さくら台ふれあい夏まつり実行委員会"),
    ("後援", "みどり川市、みどり川市教育委員会"),
    ("入場", "無料（一部の体験コーナーは材料費が必要です）"),
    ("雨天時", "小雨の場合は決行します。荒天で中止するときは、当日の午前7時までに公式サイトと防災無線でお知らせします。"),
]

FLYER_DAY1 = [
    ("10:00〜10:30", "開会式・さくら台太鼓の会 演奏", "中央ステージ"),
    ("10:30〜12:00", "キッズ縁日（輪投げ・ヨーヨー釣り）", "芝生広場"),
    ("11:00〜15:00", "地元飲食店の屋台村", "北口広場"),
    ("13:00〜14:00", "さくら台中学校吹奏楽部 演奏会", "中央ステージ"),
    ("14:30〜15:30", "流しそうめん体験（先着150名）", "竹林の小道"),
    ("16:00〜17:00", "地域のダンスチーム発表会", "中央ステージ"),
    ("18:30〜20:00", "盆踊り大会（生演奏）", "噴水広場"),
]
FLYER_DAY2 = [
    ("10:00〜12:00", "フリーマーケット（30区画）", "南側テニスコート"),
    ("10:30〜11:30", "親子で木工教室（要事前申込）", "公園管理棟 集会室"),
    ("11:00〜15:00", "地元飲食店の屋台村", "北口広場"),
    ("13:00〜14:30", "のど自慢大会", "中央ステージ"),
    ("15:00〜16:00", "消防署の防災体験（起震車）", "東側臨時広場"),
    ("17:00〜18:00", "ビンゴ大会", "中央ステージ"),
    ("19:45〜20:15", "打ち上げ花火（約1,200発）", "みどり川 堤防"),
]

FLYER_PROGRAMS = [
    ("流しそうめん体験",
     "当日13時30分から本部テントで整理券を配ります。整理券1枚につき1名が参加できます。"
     "おはしとめんつゆは実行委員会で用意します。"),
    ("親子で木工教室",
     "小学生とその保護者が対象です。7月17日（金）までに、さくら台地区センターの窓口か電話で"
     "お申し込みください。定員は12組、参加費は1組500円（材料費）です。"),
    ("盆踊り大会",
     "どなたでも飛び入りで参加できます。浴衣で参加された方のうち先着100名様に、"
     "記念のうちわをお渡しします。"),
    ("フリーマーケット",
     "出店の申し込みは6月末で締め切りました。出店者の皆さんは、当日9時までに南側テニスコートの"
     "受付で区画番号を確認してください。"),
    ("打ち上げ花火",
     "堤防の上は大変混み合いますので、芝生広場からの観覧もおすすめです。"
     "堤防へ向かう通路は19時から一方通行になります。"),
]

FLYER_ACCESS = [
    ("電車", "みどり川線「さくら台駅」南口から徒歩約8分"),
    ("バス", "市内循環バス「中央公園前」下車すぐ"),
    ("お車", "会場には一般来場者用の駐車場はありません。公共交通機関をご利用ください。"),
    ("自転車", "さくら台小学校の校庭を臨時駐輪場として開放します（8:30〜21:00）。"),
]

FLYER_NOTES = [
    "※ごみはお持ち帰りいただくか、会場内3か所のごみ分別ステーションをご利用ください。",
    "※ペットを連れて来場される方は、必ずリードを着けてください。",
    "※盆踊り会場（噴水広場）には、ペットは入れません。踊りの輪の中で足を踏まれるおそれがあるためです。",
    "※ドローンによる撮影は禁止です。",
    "※熱中症を防ぐため、こまめに水分をとってください。",
    "※具合が悪くなった方は、本部テント横の救護所へお越しください。",
    "※迷子のお子さんは本部テントでお預かりします。",
    "※記録用に撮影した写真を、市の広報紙やウェブサイトに載せることがあります。"
    "写りたくない方はスタッフにお声がけください。",
]

FLYER_VOLUNTEER = (
    "会場の設営や後片付け、ごみ分別ステーションでのご案内などを手伝ってくださるボランティアを"
    "募集しています。中学生以上ならどなたでも参加できます（中学生は保護者の同意が必要です）。"
    "参加された方には、オリジナルTシャツと飲み物をお渡しします。7月10日（金）までに事務局へ"
    "お申し込みください。")

FLYER_CONTACT = [
    "さくら台ふれあい夏まつり実行委員会 事務局（さくら台地区センター内）",
    "電話：000-312-4870（平日9:00〜17:00）",
    "メール：natsumatsuri@sakuradai.example.jp",
    "公式サイト：https://sakuradai-matsuri.example.jp/",
]


def build_flyer(path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    MIN, GO = "HeiseiMin-W3", "HeiseiKakuGo-W5"

    body = ParagraphStyle("body", fontName=MIN, fontSize=9.5, leading=13.5,
                          wordWrap="CJK", spaceAfter=3)
    title = ParagraphStyle("title", fontName=GO, fontSize=20, leading=26,
                           alignment=TA_CENTER, wordWrap="CJK", spaceAfter=4)
    sub = ParagraphStyle("sub", fontName=GO, fontSize=12, leading=16,
                         alignment=TA_CENTER, wordWrap="CJK", spaceAfter=10)
    h2 = ParagraphStyle("h2", fontName=GO, fontSize=12.5, leading=17,
                        wordWrap="CJK", textColor=colors.white,
                        backColor=colors.HexColor("#2e7d5b"), borderPadding=(3, 4, 3, 4),
                        spaceBefore=8, spaceAfter=6, keepWithNext=1)
    h3 = ParagraphStyle("h3", fontName=GO, fontSize=10.5, leading=15,
                        wordWrap="CJK", spaceBefore=2, spaceAfter=1, keepWithNext=1)
    sign = ParagraphStyle("sign", parent=body, alignment=TA_RIGHT)
    note = ParagraphStyle("note", parent=body, leftIndent=10, firstLineIndent=-10,
                          spaceAfter=2)
    cell = ParagraphStyle("cell", fontName=MIN, fontSize=9, leading=12, wordWrap="CJK")
    head = ParagraphStyle("head", fontName=GO, fontSize=9, leading=12, wordWrap="CJK",
                          textColor=colors.white)
    label = ParagraphStyle("label", fontName=GO, fontSize=9, leading=12, wordWrap="CJK")

    story = [Paragraph(FLYER_TITLE, title), Paragraph(FLYER_SUB, sub)]
    story.append(Paragraph("ごあいさつ", h2))
    for p in FLYER_GREETING:
        story.append(Paragraph(p, body))
    story.append(Paragraph(FLYER_GREETING_SIGN, sign))

    story.append(Paragraph("開催概要", h2))
    rows = [[Paragraph(k, label), Paragraph(v, cell)] for k, v in FLYER_OUTLINE]
    t = Table(rows, colWidths=[22 * mm, 150 * mm])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
    ]))
    story.append(t)

    def timetable(caption, rows):
        data = [[Paragraph("時間", head), Paragraph("内容", head), Paragraph("場所", head)]]
        data += [[Paragraph(a, cell), Paragraph(b, cell), Paragraph(c, cell)] for a, b, c in rows]
        tt = Table(data, colWidths=[30 * mm, 92 * mm, 50 * mm], repeatRows=1)
        tt.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2e7d5b")),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef6f1")]),
        ]))
        return KeepTogether([Paragraph(caption, h3), tt, Spacer(1, 6)])

    story.append(Paragraph("タイムテーブル", h2))
    story.append(timetable("1日目　8月1日（土）", FLYER_DAY1))
    story.append(timetable("2日目　8月2日（日）", FLYER_DAY2))

    story.append(Paragraph("各プログラムについて", h2))
    for name, text in FLYER_PROGRAMS:
        story.append(Paragraph("■ " + name, h3))
        story.append(Paragraph(text, body))

    story.append(Paragraph("会場へのアクセス", h2))
    rows = [[Paragraph(k, label), Paragraph(v, cell)] for k, v in FLYER_ACCESS]
    t = Table(rows, colWidths=[22 * mm, 150 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)

    story.append(Paragraph("ご来場の皆さまへ", h2))
    for n in FLYER_NOTES:
        story.append(Paragraph(n, note))

    story.append(Paragraph("ボランティアスタッフ募集", h2))
    story.append(Paragraph(FLYER_VOLUNTEER, body))

    box_rows = [[Paragraph("お問い合わせ", h3)]] + [[Paragraph(x, cell)] for x in FLYER_CONTACT]
    box = Table(box_rows, colWidths=[172 * mm])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#2e7d5b")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f5faf7")),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
    ]))
    story.append(Spacer(1, 8))
    story.append(KeepTogether([box]))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(MIN, 8)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, "さくら台ふれあい夏まつり実行委員会")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=19 * mm, rightMargin=19 * mm,
        topMargin=14 * mm, bottomMargin=16 * mm,
        title="第12回 さくら台ふれあい夏まつり プログラム",
        author="さくら台ふれあい夏まつり実行委員会",
        subject="夏まつりプログラム", creator="blind-7 build.py",
        producer="ReportLab", keywords="", invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 2. training-manual.docx
# ---------------------------------------------------------------------------

TRAIN = [
    ("title", "新人研修マニュアル（2026年度）"),
    ("p", "株式会社ハルカ物流システムズ　人事部 人材開発課"),
    ("h1", "1. はじめに"),
    ("p", "入社おめでとうございます。このマニュアルは、入社から配属までの約2か月間の研修で"
          "必要になる情報をまとめたものです。研修中は常に手元に置き、わからないことがあれば"
          "まずこのマニュアルを確認してください。内容を改訂したときは社内ポータルでお知らせします。"),
    ("h1", "2. 研修の目的と全体像"),
    ("p", "研修の目的は、社会人としての基本を身につけるとともに、当社の物流サービスの仕組みを"
          "現場で理解することです。前半は本社での集合研修、後半は各部署でのOJT（職場内訓練）を行います。"),
    ("h2", "2.1 研修日程"),
    ("table", [
        ("期間", "内容", "担当", "場所"),
        ("4月1日（水）", "入社式・オリエンテーション", "人事部", "本社7階 大会議室"),
        ("4月2日（木）〜3日（金）", "ビジネスマナー研修", "外部講師", "本社7階 大会議室"),
        ("4月6日（月）〜10日（金）", "情報セキュリティ・社内システム研修", "情報システム部", "本社5階 研修室"),
        ("4月13日（月）〜24日（金）", "物流センター実習", "センター長", "川崎物流センター"),
        ("4月27日（月）", "中間振り返り面談", "人事部・メンター", "本社5階 面談室"),
        ("5月7日（木）〜28日（木）", "部署別OJT", "配属先の上長", "各部署"),
        ("5月29日（金）", "研修成果発表会", "人事部", "本社7階 大会議室"),
    ]),
    ("p", "4月29日（水）から5月6日（水）までは会社の休日です。物流センター実習の期間は、"
          "集合時刻が午前8時になりますので注意してください。"),
    ("h1", "3. 初日の流れ"),
    ("p", "入社初日は、次の順番で進みます。"),
    ("num1", "8時50分までに本社1階の受付で名前を伝え、仮の入館証を受け取ってください。"),
    ("num1", "7階の大会議室に入り、座席表で自分の席を確認します。"),
    ("num1", "9時30分から入社式に出席します。"),
    ("num1", "昼食後、人事部から社員証とノートパソコンを受け取ります。"),
    ("num1", "15時から、人事部の担当者と一緒に雇用契約書などの書類を確認します。"),
    ("h2", "3.1 初日の持ち物チェックリスト"),
    ("bullet", "基礎年金番号がわかる書類（年金手帳など）"),
    ("bullet", "雇用保険被保険者証（前職がある方のみ）"),
    ("bullet", "給与振込口座の届出書（事前に郵送したもの）"),
    ("bullet", "印鑑（朱肉を使うもの）"),
    ("bullet", "筆記用具とノート"),
    ("bullet", "通勤経路届"),
    ("pb", [("書類が足りないと、4月分の給与の振込が遅れることがあります。", True),
            ("不安な方は事前に人材開発課へ確認してください。", False)]),
    ("h1", "4. 社内システムの使い方"),
    ("h2", "4.1 ノートパソコンの初期設定"),
    ("num2", "電源を入れ、封筒に書かれた仮パスワードでサインインします。"),
    ("num2", "画面の案内に従って新しいパスワードを設定します。パスワードは12文字以上とし、"
             "英大文字・英小文字・数字をすべて含めてください。"),
    ("num2", "スマートフォンに認証アプリ「ハルカ認証」を入れ、二段階認証を登録します。"),
    ("num2", "社内チャットを開き、情報システム部の「ヘルプデスク」チャンネルに設定完了を書き込みます。"),
    ("pb", [("仮パスワードが書かれた封筒は、設定が終わったらシュレッダーで処分してください。", True)]),
    ("h2", "4.2 勤怠の記録"),
    ("p", "出勤と退勤は、社員証を各フロアの入口にあるカードリーダーにかざして記録します。"
          "打刻を忘れたときは、当日中に勤怠システムから修正申請を出してください。"),
    ("h1", "5. ビジネスマナーの基本"),
    ("p", "電話は3コール以内に取り、会社名・部署名・自分の名前の順に名乗ります。"
          "相手の名前と用件は必ずメモし、担当者に取り次ぐときは内容を復唱してください。"),
    ("p", "社内では、役職にかかわらずお互いを「さん」付けで呼びます。"
          "メールの宛名も同じで、役職名は付けません。"),
    ("h1", "6. 研修期間中の注意事項"),
    ("p", "研修期間中は、原則として残業を認めていません。その日の研修内容を振り返り、"
          "体調を整える時間に充ててほしいからです。"),
    ("pb", [("研修で配布した資料やお客様の情報を、社外に持ち出したりSNSに投稿したりしてはいけません。", True),
            ("違反した場合は、就業規則に基づいて処分の対象となります。", False)]),
    ("p", "遅刻や欠席をするときは、始業時刻の9時までに人材開発課へ電話で連絡してください。"
          "チャットだけの連絡は認めていません。"),
    ("h1", "7. 困ったときは"),
    ("p", "新入社員一人ひとりに、入社3〜5年目の先輩社員がメンターとして付きます。"
          "仕事の進め方や職場の人間関係など、上長には相談しにくいことも気軽に話してください。"),
    ("p", "メンターに話しにくい内容は、人材開発課の相談窓口（内線2150）でも受け付けています。"
          "相談の内容が、本人の同意なく配属先に伝わることはありません。"),
    ("right", "人事部 人材開発課　2026年3月改訂"),
]

FIXED_ZIP_TIME = (2026, 3, 15, 9, 0, 0)


def rezip_fixed(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def build_docx(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()

    def east_asian(style, font):
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        rfonts.set(qn("w:eastAsia"), font)

    east_asian(d.styles["Normal"], "游明朝")
    d.styles["Normal"].font.size = Pt(10.5)
    for s in ("Title", "Heading 1", "Heading 2"):
        east_asian(d.styles[s], "游ゴシック")

    # A second numbering instance for the List Number style, restarting at 1.
    numbering = d.part.numbering_part.element
    style_numpr = d.styles["List Number"].element.pPr.find(qn("w:numPr"))
    base_num_id = style_numpr.find(qn("w:numId")).get(qn("w:val"))
    abstract_id = None
    max_id = 0
    for num in numbering.findall(qn("w:num")):
        nid = int(num.get(qn("w:numId")))
        max_id = max(max_id, nid)
        if str(nid) == base_num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_num = OxmlElement("w:num")
    new_id = str(max_id + 1)
    new_num.set(qn("w:numId"), new_id)
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), abstract_id)
    new_num.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    new_num.append(ov)
    numbering.append(new_num)

    def set_num(par, num_id):
        ppr = par._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), num_id)
        numpr.append(il)
        numpr.append(ni)
        ppr.append(numpr)

    for kind, content in TRAIN:
        if kind == "title":
            d.add_paragraph(content, style="Title")
        elif kind == "h1":
            d.add_heading(content, level=1)
        elif kind == "h2":
            d.add_heading(content, level=2)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "pb":
            par = d.add_paragraph()
            for text, bold in content:
                r = par.add_run(text)
                r.bold = bold
        elif kind == "num1":
            d.add_paragraph(content, style="List Number")
        elif kind == "num2":
            par = d.add_paragraph(content, style="List Number")
            set_num(par, new_id)
        elif kind == "bullet":
            d.add_paragraph(content, style="List Bullet")
        elif kind == "right":
            par = d.add_paragraph(content)
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = d.styles["Table Grid"]
            for i, row in enumerate(content):
                for j, text in enumerate(row):
                    c = t.cell(i, j)
                    c.text = text
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
        else:
            raise ValueError(kind)

    cp = d.core_properties
    fixed = datetime.datetime(2026, 3, 15, 9, 0, 0)
    cp.author = "人事部 人材開発課"
    cp.last_modified_by = "人事部 人材開発課"
    cp.title = "新人研修マニュアル（2026年度）"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1

    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as f:
        f.write(rezip_fixed(buf.getvalue()))


# ---------------------------------------------------------------------------
# 3. museum-page.html
# ---------------------------------------------------------------------------

MUSEUM_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>企画展「光をつむぐ　北川静江とガラスの100年」｜汐見市立美術館</title>
<style>
body { font-family: sans-serif; margin: 0; color: #222; line-height: 1.8; }
header, footer { background: #0f3d5e; color: #fff; padding: 12px 24px; }
header a, footer a { color: #fff; }
nav ul { list-style: none; display: flex; gap: 16px; padding: 0; margin: 6px 0 0; }
main { display: flex; gap: 32px; padding: 24px; }
article { flex: 3; }
aside { flex: 1; border-left: 3px solid #9cc3dd; padding-left: 16px; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999; padding: 4px 12px; }
.period { font-weight: bold; color: #0f3d5e; }
.note { font-size: 0.9em; }
</style>
</head>
<body>
<header>
<p class="site-title"><a href="/">汐見市立美術館</a></p>
<nav>
<ul>
<li><a href="/">ホーム</a></li>
<li><a href="/exhibitions/">展覧会</a></li>
<li><a href="/visit/">利用案内</a></li>
<li><a href="/collection/">コレクション</a></li>
<li><a href="/access/">アクセス</a></li>
<li><a href="/en/">English</a></li>
</ul>
</nav>
</header>
<main>
<article>
<p class="breadcrumb"><a href="/">ホーム</a> ＞ <a href="/exhibitions/">展覧会</a> ＞ 企画展</p>
<h1>企画展「光をつむぐ　北川静江とガラスの100年」</h1>
<p class="period">会期：2026年4月18日（土）〜6月21日（日）</p>
<h2>展覧会について</h2>
<p>汐見市出身のガラス作家・北川静江（1921〜2004）は、戦後まもなく市内の小さな工房で吹きガラスを始め、海辺の光や波をモチーフにした器で国内外から高い評価を受けました。本展では、初期の日用品から晩年の大型作品まで約180点を展示し、その歩みをたどります。</p>
<p>北川が生涯にわたって使い続けた「汐見ブルー」と呼ばれる青色は、地元の浜の砂に含まれる鉄分から生まれたものです。会場では、工房に残されていた道具や調合ノートもあわせて紹介し、この色が生まれるまでの試行錯誤をご覧いただけます。</p>
<p>北川は晩年まで「器は使われてこそ」と語り、高価な美術品よりも、港の食堂や近所の家庭で毎日使われる皿やコップを作ることに誇りを持っていました。本展では、市民の皆さまからお借りした、実際に家庭で使われてきた器も30点ほどご紹介します。</p>
<p>また、北川の工房で学んだ現役作家5名による新作もあわせて展示し、その技と精神が今どのように受け継がれているかをご紹介します。</p>
<p>担当学芸員の森下は「北川の器は、光が当たって初めて完成する作品です。展示室の照明も、汐見の海辺の午後の光に近づけるよう工夫しました」と話しています。</p>
<h2>展示構成</h2>
<ol class="chapters">
<li>第1章　工房のはじまり：戦後の日用食器と、最初期の吹きガラス</li>
<li>第2章　汐見ブルーの誕生：色ガラスの研究と調合ノート</li>
<li>第3章　海をうつす器：国際展で評価された1960〜80年代の代表作</li>
<li>第4章　受け継がれる光：晩年の大作と、次の世代の作家たち</li>
</ol>
<h2>みどころ</h2>
<ul class="highlights">
<li>初公開となる晩年の大作《潮騒の器》（1998年）</li>
<li>色の秘密に迫る調合ノート全12冊を一挙展示</li>
<li>工房を再現した空間で見る制作の実演映像（約15分）</li>
<li>北川に学んだ作家5名による新作コーナー</li>
</ul>
<h2>観覧料</h2>
<table class="fees">
<thead>
<tr><th>区分</th><th>当日券</th><th>前売券・団体（20名以上）</th></tr>
</thead>
<tbody>
<tr><td>一般</td><td>1,200円</td><td>1,000円</td></tr>
<tr><td>大学生・高校生</td><td>800円</td><td>600円</td></tr>
<tr><td>65歳以上</td><td>1,000円</td><td>800円</td></tr>
<tr><td>中学生以下</td><td>無料</td><td>無料</td></tr>
</tbody>
</table>
<p class="note">※障害者手帳をお持ちの方と、その介助者1名は無料です。受付で手帳をご提示ください。</p>
<p class="note">※前売券は4月17日（金）まで、市内のコンビニエンスストアと当館ミュージアムショップで販売します。</p>
<p class="note">※5月18日（月）の「国際博物館の日」は特別に開館し、どなたでも無料でご覧いただけます。</p>
<h2>開館時間・休館日</h2>
<dl class="hours">
<dt>開館時間</dt>
<dd>午前10時〜午後6時（入館は閉館の30分前まで）</dd>
<dt>夜間開館</dt>
<dd>毎週金曜日は午後8時まで開館します</dd>
<dt>休館日</dt>
<dd>月曜日（5月4日は開館し、5月7日に休館）</dd>
<dt>所在地</dt>
<dd>汐見市港町2-14</dd>
</dl>
<h2>撮影について</h2>
<p>展示室内では、一部の作品を除いて写真撮影ができます。撮影できない作品には、カメラに斜線のマークを表示しています。</p>
<p>フラッシュと三脚の使用はご遠慮ください。ガラスは強い光を反射するため、ほかのお客様の鑑賞の妨げになるからです。</p>
<h2>ご来館の皆さまへ</h2>
<ul class="notice">
<li>車いすとベビーカーを1階受付で無料でお貸しします。</li>
<li>大きな荷物は、展示室入口のコインロッカー（100円返却式）をご利用ください。</li>
<li>展示室内での飲食はできません。水分補給は1階ロビーでお願いします。</li>
<li>観覧券の半券をお持ちの方は、当日に限り再入館できます。</li>
</ul>
<h2>関連イベント</h2>
<h3>学芸員によるギャラリートーク</h3>
<p>会期中の毎週土曜日、午後2時から約40分行います。予約は不要です。当日の観覧券をお持ちのうえ、1階ロビーにお集まりください。</p>
<h3>親子ガラス絵付けワークショップ</h3>
<p>5月5日（火・祝）に、午前と午後の2回行います。対象は小学生とその保護者で、定員は各回10組です。参加費は1組1,500円（材料費込み）です。</p>
<p>4月20日（月）から当館ウェブサイトの申込フォームで受け付けます。応募が多い場合は抽選となります。</p>
<h2>アクセス</h2>
<p>JR汐見駅から港循環バスに乗り、「美術館前」で下車してすぐです。汐見駅から歩く場合は約15分かかります。</p>
</article>
<aside class="related">
<h2>関連リンク</h2>
<ul>
<li><a href="/collection/kitagawa/">北川静江の作品（当館コレクション）</a></li>
<li><a href="/visit/advance-tickets/">前売券の購入方法</a></li>
<li><a href="/visit/groups/">団体での観覧のお申し込み</a></li>
<li><a href="https://shiomi-kanko.example.jp/">汐見市観光協会（外部サイト）</a></li>
</ul>
</aside>
</main>
<footer>
<p>汐見市立美術館　〒000-0000 汐見市港町2-14　電話 000-455-7120</p>
<p><small>&copy; 2026 Shiomi City Museum of Art（架空の美術館です）</small></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. cooking-class-blog.md
# ---------------------------------------------------------------------------

BLOG_MD = """---
title: "料理教室デビューしました！出汁からつくる和食コース第1回"
date: 2026-02-08
author: みかん
tags: [料理教室, 和食, 日記]
draft: false
---

# 料理教室デビューしました！出汁からつくる和食コース第1回

こんにちは、みかんです。今日は、ずっと気になっていた料理教室についに行ってきました！ 朝から緊張しすぎて、家を出る前にエプロンを2回も確認したのはここだけの話です。写真多めで、忘れないうちに書いておきます。

## なぜ料理教室に？

社会人3年目、一人暮らしを始めてからの夕食はコンビニ弁当と外食ばかり。健康診断で「野菜が足りていませんね」と言われたのが決定打でした。自己流で作ってみても味がいまいち決まらないので、基本から教わろうと決めました。

選んだのは、駅から歩いて5分の「キッチンスタジオ・こむぎ」。[公式サイト](https://komugi-kitchen.example.jp/)を見て、定員6名の少人数制なのが決め手になりました。先生が一人ひとりの手元をちゃんと見てくれるそうです。

## コースと料金

こむぎには3つのコースがあります。

| コース | 回数 | 料金（税込） |
|---|---|---|
| 和食の基本 | 全4回 | 14,000円 |
| はじめてのパン | 全3回 | 10,500円 |
| 体験レッスン | 1回 | 2,000円（材料費込み） |

私は体験レッスンを飛ばして、いきなり「和食の基本」に申し込みました。月1回、土曜日の午前中に通います。

## 持ち物と服装

持ち物はエプロン、三角巾（バンダナでもOK）、手拭きタオル、持ち帰り用の保存容器の4つ。髪の長い人は結んでくるように言われました。爪も短く切っておくのがマナーだそうです。

## 今日のメニュー

第1回のテーマは「出汁」。作ったのはこの3品です。

- 具だくさんの豚汁
- 鶏むね肉の照り焼き
- ほうれん草のおひたし

![教室の調理台に並んだ材料](images/komugi-ingredients.jpg)

### 出汁のとり方

講師の田村先生に教わった、昆布とかつお節の合わせ出汁の手順です。

1. 水1リットルに昆布10gを入れ、30分ほど浸けておく
2. 弱火にかけ、鍋底から小さな泡が出てきたら昆布を取り出す
3. 火を強めて、沸騰したらかつお節20gを入れ、すぐに火を止める
4. かつお節が沈むまで2分ほど待ち、キッチンペーパーでこす

> 出汁は沸騰させすぎないのが一番のコツ。昆布をぐらぐら煮ると、ぬめりと雑味が出てしまいます。
> かつお節は絞らないでね。えぐみが出るから。

先生のこの言葉、しっかりメモしました。私はいつも昆布を入れっぱなしで煮立てていたので、そりゃ味がぼやけるわけです……。

![完成した豚汁と照り焼き](images/komugi-dishes.jpg)

## 実際に作ってみて

一番苦労したのは照り焼きの火加減。皮目を焼くときに何度も裏返してしまい、先生に「触りすぎ！」と笑われました。鶏肉は皮を下にして置いたら、焼き色がつくまでじっと待つのが大事だそうです。

この日の参加者は私を入れて5人。料理歴30年だというご夫婦や、春から一人暮らしを始める大学生の男の子もいて、年齢も経験もばらばらでした。それでも先生が班ごとに声をかけて回ってくれるので、置いていかれる感じはまったくありませんでした。

豚汁は、さっきとった出汁を使ったおかげで、味噌を控えめにしても十分おいしく仕上がりました。一緒に参加した方々とテーブルを囲んで試食する時間も楽しくて、あっという間の3時間でした。

## 料金について正直に

1回あたり3,500円なので、最初は少し高いかなと思っていました。でも、材料費込みで3品作って、試食までできて、レシピのプリントも持ち帰れます。何より、自分のやり方のどこがまずいのかをその場で指摘してもらえるのは、動画を見て真似するだけでは得られない価値だと感じました。外食を週に2回減らせば元は取れる計算なので、しばらくは頑張って通うつもりです。

## 次回に向けて

次回は3月14日で、テーマは「煮物」。肉じゃがとかぼちゃの煮物を作る予定です。それまでに家で出汁のとり方を3回は復習するのが目標。うまくできたら、またブログに書きますね。

正直、最初は「料理教室なんて料理が好きな人が行くところ」と思っていました。でも実際は、私みたいに苦手だからこそ来ている人もいて、失敗しても笑い合える雰囲気でした。同じように迷っている人がいたら、まずは気軽に一度のぞいてみてほしいです。

教室の詳しい情報は[キッチンスタジオ・こむぎのレッスン案内](https://komugi-kitchen.example.jp/lessons)から見られます。気になった方はぜひ！
"""


# ---------------------------------------------------------------------------
# 5. novel-excerpt.txt (Aozora Bunko style, Shift_JIS, CRLF)
# ---------------------------------------------------------------------------

NOVEL = """灯台守の娘
宮森朔

-------------------------------------------------------
【テキスト中に現れる記号について】

《》：ルビ
（例）鴎島《かもめじま》

｜：ルビの付く文字列の始まりを特定する記号
（例）本土の｜燈台局《とうだいきょく》

［＃］：入力者注　主に外字の説明や、傍点の位置の指定
（例）［＃「一」は中見出し］
-------------------------------------------------------

［＃３字下げ］一［＃「一」は中見出し］

　鴎島《かもめじま》の灯台は、岬のいちばん端の、風がいつも西から吹きつける崖の上に立っていた。千鶴《ちづる》の父、源三《げんぞう》は、この灯台を二十三年守ってきた。日が沈む半時間前になると、父は決まって螺旋《らせん》階段を百二十段のぼり、レンズの曇りを鹿革で拭いてから灯を入れる。千鶴は物心ついた頃から、その背中を下から見上げて育った。
　母は千鶴がまだ幼いころに流行り病で亡くなった。それからは、父と娘と、灯台の下の番小屋で飼っている黒い猫とが、島の西の端で暮らすすべてだった。
　島には小学校の分校がひとつあるきりで、上の学校へ進むには連絡船で本土へ渡り、寮に入るほかなかった。担任の先生は何度も家まで来て進学をすすめたが、千鶴は首を縦に振らなかった。母を早くに亡くしたこの家で、父をひとりきりにしておけなかったのである。
　その年の秋、週に二度しか来ない連絡船が、ひとりの若い男を島へ運んできた。男は宗方《むなかた》と名乗り、本土の｜燈台局《とうだいきょく》から来た技師だと言った。古くなった灯台を、新しい電気式の灯台に建て替えるための測量に来たのだという。
「建て替えたら、父はどうなるんですか」
　千鶴が尋ねると、宗方は少し困ったように帽子のつばに手をやった。
「新しい灯台は、人が住みこまなくても動くようになります。見回りは、本土から月に二度来れば足りるでしょう」
　その晩、千鶴は眠れなかった。風が戸をたたく音が、いつもより大きく聞こえた。父は何も言わず、いつもと同じ時刻に階段をのぼっていった。

［＃改ページ］

［＃３字下げ］二［＃「二」は中見出し］

　測量は十日ほどかかった。宗方は毎朝、三脚と｜測鎖《そくさ》をかついで崖の上を歩き回り、夕方になると番小屋で父と茶を飲んだ。父は口数の少ない人だったが、宗方にはなぜか、若いころに遭った嵐の晩の話を何度も聞かせた。
「あの晩は、灯を一晩じゅう絶やさなかった。三隻の漁船が、この灯を目当てに帰ってきたんだ」
　父がそう言うと、宗方は手帳を閉じて、黙ってうなずいた。千鶴は台所でそれを聞きながら、灯台がなくなる日のことを考えないようにしていた。
　ある午後、千鶴は測量の手伝いを頼まれた。宗方が構えた望遠鏡の先で、紅白に塗られた竿を持って立つだけの仕事だったが、崖の上から見下ろす海はいつもより青く、遠くまで澄んで見えた。宗方は、千鶴が潮の満ち引きや風向きを言い当てるたびに、感心したように目を丸くした。
　最後の晩、宗方は千鶴に一冊の薄い冊子を手渡した。本土の高等女学校の入学案内［＃「入学案内」に傍点］だった。
「寮には、夜に灯台の仕組みを学べる講座もあるそうです。あなたなら、きっと向いている」
　千鶴は返事ができなかった。冊子を胸に抱いたまま、窓の外の暗い海を見ていた。
　翌朝、連絡船が出る時刻になっても、千鶴は桟橋へ行かなかった。灯台の上から、遠ざかっていく船をただ見ていた。すると、いつのまにか父が隣に立っていて、古い真鍮《しんちゅう》の望遠鏡を千鶴の手に押しつけた。
「これを持っていけ。来年の春には、おまえはあの船に乗るんだ」
「でも、お父さんは……」
「灯はな、守る者がいなくなっても消えやしない。おまえが覚えていればいい」
　望遠鏡をのぞくと、船の甲板で宗方が帽子を振っているのが見えた。千鶴は、涙で輪郭がにじむのもかまわず、いつまでもその小さな影を追っていた。

［＃地から２字上げ］（了）



底本：「灯台守の娘」架空文庫
　　　2026（令和8）年3月15日発行
※この作品は、評価用に新しく書かれた架空の作品です。作者・底本・登場する人物や地名は、すべて架空のものです。
※このファイルは、青空文庫の書式にならって作成した評価用のテキストです。
入力：kotae評価データ作成班
校正：kotae評価データ作成班
2026年3月15日作成
"""


def build_novel(path):
    text = NOVEL.replace("\n", "\r\n")
    data = text.encode("shift_jis")
    assert data.decode("cp932") == text, "shift_jis and cp932 disagree"
    with open(path, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

QUESTIONS = [
    # event-flyer.pdf
    ("日曜日のフリーマーケットって、どこでやるんですか？", "ja", "table", ["南側テニスコート"]),
    ("流しそうめんをやってみたいんだけど、参加するにはどうすればいい？", "ja", "howto",
     ["本部テントで整理券を配ります"]),
    ("Can I drive to the festival and park at the venue?", "en", "fact",
     ["一般来場者用の駐車場はありません"]),
    ("盆踊りの会場に犬を連れて入れないのはどうしてですか。", "ja", "why",
     ["踊りの輪の中で足を踏まれるおそれがある"]),
    ("「ご来場の皆さまへ」の欄には、お祭りの途中で気分が悪くなったらどこへ行くよう書かれていますか。",
     "ja", "section", ["本部テント横の救護所へお越しください"]),
    ("天気が悪くて少し雨が降ってたら、お祭りは中止？", "ja", "paraphrase",
     ["小雨の場合は決行します"]),
    # training-manual.docx
    ("物流センターでの実習は何日から何日までですか？", "ja", "table",
     ["4月13日（月）〜24日（金）"]),
    ("What rules should I follow when I set a new password on my laptop?", "en", "howto",
     ["パスワードは12文字以上とし", "英大文字・英小文字・数字をすべて含めて"]),
    ("入社初日に持っていかなきゃいけないものって何？", "ja", "list",
     ["基礎年金番号がわかる書類", "給与振込口座の届出書", "雇用保険被保険者証"]),
    ("研修中は残業しちゃいけないそうですが、理由は何ですか？", "ja", "why",
     ["体調を整える時間に充ててほしいから", "その日の研修内容を振り返り"]),
    ("「困ったときは」の章では、上司には言いにくい悩みを誰に相談するよう書いてありますか。",
     "ja", "section", ["先輩社員がメンターとして付きます", "人材開発課の相談窓口"]),
    ("寝坊して遅刻しそうなとき、チャットで一言入れておけば大丈夫ですか？", "ja", "paraphrase",
     ["チャットだけの連絡は認めていません", "人材開発課へ電話で連絡してください"]),
    # museum-page.html
    ("大人ひとり、当日券だと観覧料はいくらになりますか？", "ja", "table", ["1,200円"]),
    ("金曜の夜って何時まで開いてる？", "ja", "fact", ["毎週金曜日は午後8時まで開館します"]),
    ("What are the highlights of this exhibition?", "en", "list",
     ["工房を再現した空間で見る制作の実演映像", "北川に学んだ作家5名による新作コーナー",
      "調合ノート全12冊を一挙展示"]),
    ("展示室でフラッシュを使ってはいけないのはなぜですか。", "ja", "why",
     ["ガラスは強い光を反射するため", "ほかのお客様の鑑賞の妨げになるから"]),
    ("子ども向けの絵付けワークショップには、どうやって申し込めばいいの？", "ja", "howto",
     ["当館ウェブサイトの申込フォームで受け付けます"]),
    ("障害者手帳を持っている母に付き添って行く場合、私の入館料もかかりますか？", "ja", "paraphrase",
     ["その介助者1名は無料です"]),
    # cooking-class-blog.md
    ("この教室でパンのコースを受けると料金はいくらですか？", "ja", "table", ["10,500円"]),
    ("出汁をとるとき、昆布はどのタイミングで引き上げればいい？", "ja", "howto",
     ["鍋底から小さな泡が出てきたら昆布を取り出す"]),
    ("Why did the author decide to take a cooking class?", "en", "why",
     ["健康診断で「野菜が足りていませんね」と言われた", "自己流で作ってみても味がいまいち決まらない"]),
    ("先生が言っていた、出汁をとるときのいちばんのコツは何でしたか？", "ja", "fact",
     ["出汁は沸騰させすぎないのが一番のコツ"]),
    ("「持ち物と服装」のところには、何を持っていくって書いてある？", "ja", "section",
     ["持ち帰り用の保存容器", "三角巾（バンダナでもOK）", "手拭きタオル"]),
    ("その料理教室って、一度に大勢で受けるタイプですか？", "ja", "paraphrase",
     ["定員6名の少人数制"]),
    # novel-excerpt.txt
    ("千鶴の父は、どのくらいの年数その灯台を守ってきたのですか。", "ja", "fact",
     ["この灯台を二十三年守ってきた"]),
    ("千鶴が本土の学校に進まなかったのはなぜ？", "ja", "why",
     ["父をひとりきりにしておけなかった"]),
    ("What did Chizuru's father hand her on the morning the boat left?", "en", "fact",
     ["望遠鏡を千鶴の手に押しつけた"]),
    ("「二」の章で、最後の晩に宗方が千鶴に渡したものは何ですか。", "ja", "section",
     ["本土の高等女学校の入学案内"]),
    ("新しい灯台になったら、灯台守が島に住んでいる必要はなくなるの？", "ja", "paraphrase",
     ["人が住みこまなくても動くようになります"]),
    ("父が話した嵐の晩には、何隻の船が灯台の明かりを頼りに戻ってきましたか。", "ja", "fact",
     ["三隻の漁船が、この灯を目当てに帰ってきた"]),
    # near misses
    ("夏まつりの屋台では、キャッシュレス決済は使えますか？", "ja", "unanswerable", []),
    ("研修期間中に在宅勤務をすることはできますか。", "ja", "unanswerable", []),
    ("この企画展に音声ガイドはありますか？あるなら料金も知りたいです。", "ja", "unanswerable", []),
    ("美術館に車で行く場合、駐車場は使えますか？", "ja", "unanswerable", []),
    ("料理教室を休むことになったらキャンセル料はかかるの？", "ja", "unanswerable", []),
    ("物語の中で千鶴は何歳という設定ですか？", "ja", "unanswerable", []),
]


def write_questions(path):
    lines = []
    for i, (q, lang, kind, answers) in enumerate(QUESTIONS, 1):
        obj = {"id": "b7-%03d" % i, "question": q, "lang": lang, "kind": kind,
               "answers": answers, "unanswerable": kind == "unanswerable"}
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    os.makedirs(DOCS, exist_ok=True)
    build_flyer(os.path.join(DOCS, "event-flyer.pdf"))
    build_docx(os.path.join(DOCS, "training-manual.docx"))
    write_text(os.path.join(DOCS, "museum-page.html"), MUSEUM_HTML)
    write_text(os.path.join(DOCS, "cooking-class-blog.md"), BLOG_MD)
    build_novel(os.path.join(DOCS, "novel-excerpt.txt"))
    write_questions(os.path.join(HERE, "..", "blind-7.jsonl"))
    print("wrote", DOCS, "and blind-7.jsonl")


if __name__ == "__main__":
    main()
