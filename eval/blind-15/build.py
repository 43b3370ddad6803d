#!/usr/bin/env python
"""Rebuild the five blind-15 documents byte for byte.

usage: python build.py [OUTDIR]      (default: this folder)
"""
import io
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

FILES = {
    "pdf": "mizuha_sd30_manual.pdf",
    "docx": "hayase_remote_work_rules.docx",
    "html": "hanamizuki_clinic.html",
    "md": "hakobune_README.md",
    "txt": "sakanomachi_yubinkyoku.txt",
}

# ---------------------------------------------------------------- PDF
PDF_TITLE = "卓上食器洗い乾燥機　ミズハ　SD-30　取扱説明書"
PDF_BLOCKS = [
    ("p", "このたびは東雲電機の卓上食器洗い乾燥機「ミズハ」をお買い上げいただき、まことにありがとうございます。"
          "ご使用の前にこの取扱説明書をよくお読みになり、正しくお使いください。お読みになった後は、いつでも見られる場所に保管してください。"),
    ("h", "1. 安全上のご注意"),
    ("b", "本体を水につけたり、本体に直接水をかけたりしないでください。"),
    ("b", "電源プラグは定格15A以上のコンセントに単独で差し込んでください。"),
    ("b", "延長コードは使わないでください。発熱や発火の原因になります。"),
    ("b", "洗浄中や乾燥直後は扉を開けないでください。高温の蒸気でやけどをするおそれがあります。"),
    ("b", "お子様だけで使わせたり、幼児の手の届くところで使ったりしないでください。"),
    ("h", "2. はじめてお使いになるとき"),
    ("n", "本体を水平で安定した場所に置き、背面と壁の間を5cm以上あけます。"),
    ("n", "給水タンクの「MAX」の線まで水道水を入れます（約5リットル）。"),
    ("n", "洗剤を入れずに「標準」コースで空運転を1回行い、製造時の油分を洗い流します。"),
    ("n", "空運転が終わったら、残った水を排水ホースから捨てます。"),
    ("note", "※井戸水やアルカリイオン水は、ノズルの目詰まりの原因になるため使用しないでください。"),
    ("h", "3. 食器の入れ方と洗剤"),
    ("b", "食器は汚れた面を中央のノズルに向けて並べます。"),
    ("b", "箸やスプーンは小物かごに、先端を下にして立てます。"),
    ("b", "洗剤は食器洗い乾燥機専用の粉末洗剤を、1回に計量スプーン1杯（約6g）入れます。"),
    ("b", "台所用の手洗い洗剤は、泡があふれて故障するため絶対に使わないでください。"),
    ("b", "漆器や木製の食器、クリスタルガラスは、変形や変色のおそれがあるので入れないでください。"),
    ("h", "4. コースの選び方"),
    ("table", [["コース", "所要時間", "使用水量", "おすすめの使い方"],
               ["標準", "約65分", "約5.0L", "毎日の食器（4〜5人分）"],
               ["強力", "約90分", "約5.0L", "油汚れのひどい鍋やフライパン"],
               ["スピード", "約30分", "約3.5L", "汚れの少ないグラスや湯のみ"],
               ["予洗い", "約8分", "約2.0L", "あとでまとめて洗う食器の汚れ落とし"],
               ["乾燥のみ", "約40分", "0L", "手洗いした食器の乾燥"]]),
    ("h", "5. 運転のしかた"),
    ("n", "電源プラグを差し込み、「電源」ボタンを押します。"),
    ("n", "「コース」ボタンを押して、表示部のランプでコースを選びます。"),
    ("n", "「スタート/一時停止」ボタンを押すと、給水が始まります。"),
    ("n", "運転が終わるとブザーが3回鳴り、表示部に「End」と表示されます。"),
    ("n", "扉を少し開けて約10分置き、食器の熱が冷めてから取り出します。"),
    ("note", "※運転中に扉を開けると自動で一時停止します。再開するときは扉を閉めて「スタート/一時停止」ボタンを押してください。"),
    ("h", "6. お手入れ"),
    ("b", "残さいフィルターは使うたびに取り外して水洗いしてください。"),
    ("b", "給水タンクは週に1回、やわらかいスポンジで洗ってください。"),
    ("b", "月に1回、クエン酸10gを入れて「強力」コースで空運転すると水あかが落ちます。"),
    ("h", "7. 故障かな？と思ったら"),
    ("table", [["症状", "考えられる原因", "対処方法"],
               ["表示部に「E1」が出る", "給水タンクの水が足りない", "MAXの線まで水を入れ直す"],
               ["表示部に「E3」が出る", "排水ホースが折れ曲がっている", "ホースをまっすぐに伸ばす"],
               ["汚れが落ちない", "ノズルの穴に食べかすが詰まっている", "つまようじでノズルの穴を掃除する"],
               ["食器に白い跡が残る", "洗剤の入れすぎ", "洗剤を計量スプーン1杯に減らす"]]),
    ("h", "8. 仕様"),
    ("table", [["項目", "内容"],
               ["電源", "AC100V　50/60Hz"],
               ["消費電力", "洗浄時600W　乾燥時250W"],
               ["外形寸法", "幅42cm×奥行34cm×高さ43cm"],
               ["質量", "約11kg"],
               ["給水方式", "タンク式（容量約5リットル）"]]),
    ("h", "9. 保証とアフターサービス"),
    ("p", "保証期間はお買い上げ日から1年間です。ただし、ポンプとヒーターは3年間保証します。"),
    ("p", "保証書は販売店の印と購入日の記入がないと無効になりますので、お買い上げの際に必ずご確認ください。"),
    ("p", "修理のご相談は東雲電機お客様相談室（0120-418-325）へ。受付は平日9時から18時までです。"),
    ("h", "10. 長い間使わないとき"),
    ("n", "給水タンクと本体の中に残った水をすべて捨てます。"),
    ("n", "「乾燥のみ」コースで運転し、庫内をよく乾かします。"),
    ("n", "電源プラグを抜き、扉を少し開けたままにして保管します。"),
    ("p", "庫内に水が残ったまま長く置いておくと、においやカビが発生する原因になります。"
          "再び使うときは、最初に空運転を1回行ってからお使いください。"),
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
    from reportlab.platypus import (ListFlowable, ListItem, Paragraph,
                                    SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    body = ParagraphStyle("body", fontName="HeiseiMin-W3", fontSize=9.5,
                          leading=15, wordWrap="CJK", spaceAfter=3)
    note = ParagraphStyle("note", parent=body, leftIndent=6)
    head = ParagraphStyle("head", fontName="HeiseiKakuGo-W5", fontSize=12,
                          leading=18, spaceBefore=8, spaceAfter=4,
                          wordWrap="CJK")
    title = ParagraphStyle("title", fontName="HeiseiKakuGo-W5", fontSize=16,
                           leading=24, spaceAfter=10, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName="HeiseiMin-W3", fontSize=9,
                          leading=13, wordWrap="CJK")
    cellh = ParagraphStyle("cellh", parent=cell, fontName="HeiseiKakuGo-W5")

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("HeiseiMin-W3", 8)
        canv.drawString(20 * mm, 10 * mm, "東雲電機株式会社　SD-30 取扱説明書")
        canv.drawRightString(190 * mm, 10 * mm, "- %d -" % doc.page)
        canv.restoreState()

    story = [Paragraph(PDF_TITLE, title)]
    bullets, numbers = [], []

    def flush():
        if bullets:
            story.append(ListFlowable(
                [ListItem(Paragraph(t, body), value="・") for t in bullets],
                bulletType="bullet", start="・", bulletFontName="HeiseiMin-W3",
                leftIndent=14))
            bullets.clear()
        if numbers:
            story.append(ListFlowable(
                [ListItem(Paragraph(t, body)) for t in numbers],
                bulletType="1", bulletFormat="%s.", bulletFontName="HeiseiMin-W3",
                leftIndent=16))
            numbers.clear()

    for kind, val in PDF_BLOCKS:
        if kind == "b":
            if numbers:
                flush()
            bullets.append(val)
            continue
        if kind == "n":
            if bullets:
                flush()
            numbers.append(val)
            continue
        flush()
        if kind == "h":
            story.append(Paragraph(val, head))
        elif kind == "p":
            story.append(Paragraph(val, body))
        elif kind == "note":
            story.append(Paragraph(val, note))
        elif kind == "table":
            ncol = len(val[0])
            width = 170 * mm
            if ncol == 4:
                cw = [26 * mm, 26 * mm, 26 * mm, 92 * mm]
            elif ncol == 3:
                cw = [50 * mm, 60 * mm, 60 * mm]
            else:
                cw = [40 * mm, width - 40 * mm]
            data = [[Paragraph(c, cellh if r == 0 else cell) for c in row]
                    for r, row in enumerate(val)]
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 4))
    flush()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm,
                            rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title="ミズハ SD-30 取扱説明書",
                            author="東雲電機株式会社", creator="blind15 build.py",
                            invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------- DOCX
DOCX_BLOCKS = [
    ("Title", "在宅勤務規程"),
    ("Normal", "株式会社ハヤセ物流　総務部　2024年4月1日施行"),
    ("Heading 1", "第1章　総則"),
    ("Heading 2", "第1条（目的）"),
    ("Normal", "この規程は、就業規則第42条に基づき、従業員が自宅で勤務する場合の手続きと守るべき事項を定める。"),
    ("Heading 2", "第2条（対象者）"),
    ("Normal", "在宅勤務の対象者は、入社後6か月を経過した正社員及び契約社員とする。ただし、試用期間中の者は対象としない。"),
    ("Normal", "派遣社員については、派遣元との契約に従い、個別に判断する。"),
    ("Heading 1", "第2章　申請と承認"),
    ("Heading 2", "第3条（申請手続）"),
    ("Normal", "在宅勤務を希望する者は、次の手順で申請する。"),
    ("List Number", "在宅勤務を希望する日の3営業日前までに、勤怠システム「ハヤセタイム」から申請する。"),
    ("List Number", "所属長は業務内容を確認し、申請の翌営業日までに承認又は差し戻しを行う。"),
    ("List Number", "承認を受けた者は、前日の17時までにチームの共有カレンダーに予定を登録する。"),
    ("Heading 2", "第4条（実施日数）"),
    ("Normal", "在宅勤務は週2日を上限とする。ただし、育児又は介護を行う者は、所属長の承認を得て週4日まで在宅勤務を行うことができる。"),
    ("Heading 1", "第3章　勤務時間と連絡"),
    ("Heading 2", "第5条（勤務時間）"),
    ("Normal", "勤務時間は原則として9時から17時45分までとし、休憩は12時から13時までの1時間とする。"),
    ("Normal", "始業と終業の時刻は、勤怠システムに本人が打刻する。打刻を忘れた場合は、翌営業日までに所属長へ修正を申請する。"),
    ("Heading 2", "第6条（業務の一時中断）"),
    ("Normal", "通院や子の送迎などで業務を一時中断する場合は、事前にチャットで所属長に連絡し、中断した時間の分だけ終業時刻を繰り下げることができる。"),
    ("Heading 2", "第7条（連絡体制）"),
    ("Normal", "在宅勤務中の連絡は、次のとおり行う。"),
    ("List Bullet", "始業時と終業時に、チャットの「#業務連絡」チャンネルへ報告する。"),
    ("List Bullet", "勤務時間中は、チャットのステータスを「在席」にしておく。"),
    ("List Bullet", "30分以上席を外す場合は、ステータスを「離席中」に切り替える。"),
    ("List Bullet", "緊急時は、会社貸与の携帯電話で所属長に直接電話する。"),
    ("List Bullet", "ウェブ会議には、原則としてカメラをオンにして参加する。"),
    ("Heading 1", "第4章　情報セキュリティ"),
    ("Heading 2", "第8条（作業場所）"),
    ("Normal", "在宅勤務は申請した自宅でのみ行うものとし、カフェやコワーキングスペースなど第三者の目に触れる場所での作業を禁止する。"
               "これは、画面ののぞき見や会話の盗み聞きによる情報漏えいを防ぐためである。"),
    ("Heading 2", "第9条（機器の取扱い）"),
    ("Normal", "業務には会社が貸与したノートパソコンのみを使用し、私物のパソコンやUSBメモリを業務に使ってはならない。"),
    ("Normal", "業務で使う書類は原則として電子データで扱う。紙の書類を自宅に持ち帰る場合は、所属長の許可を得たうえで、鍵のかかる引き出しなどに保管する。"),
    ("Heading 2", "第10条（紛失時の対応）"),
    ("Normal", "貸与機器を紛失した場合は、気づいた時点で直ちに情報システム課（内線4410）へ届け出なければならない。"),
    ("Heading 1", "第5章　費用"),
    ("Heading 2", "第11条（在宅勤務手当）"),
    ("Normal", "会社は、在宅勤務に伴う通信費と光熱費の負担を補うため、次の表のとおり手当を支給する。"),
    ("TABLE", [["区分", "支給額", "支給条件"],
               ["月額手当", "3,000円", "当月に在宅勤務を1日以上行った場合"],
               ["環境整備一時金", "20,000円", "初めて在宅勤務を行う年度に1回限り"],
               ["出社日の交通費", "実費", "出社した日の往復分のみ"]]),
    ("Heading 2", "第12条（備品の購入）"),
    ("Normal", "椅子や机など、自宅の作業環境をそろえる費用は環境整備一時金で賄うものとし、別途の経費精算は認めない。"),
    ("Heading 1", "第6章　健康管理と許可の取消し"),
    ("Heading 2", "第13条（健康への配慮）"),
    ("Normal", "在宅勤務を行う者は、次の事項に気をつけ、自らの健康の保持に努める。"),
    ("List Bullet", "作業する部屋は十分な明るさを確保すること。"),
    ("List Bullet", "椅子の高さは、足の裏が床にしっかり着くように調整すること。"),
    ("List Bullet", "1時間ごとに画面から目を離し、軽く体を動かすこと。"),
    ("List Bullet", "終業後は業務用チャットの通知を切ること。"),
    ("Normal", "会社は、希望する者に対して、産業医との面談を月1回まで実施する。"),
    ("Heading 2", "第14条（許可の取消し）"),
    ("Normal", "所属長は、業務の成果が著しく下がった場合や、この規程に違反した場合には、在宅勤務の許可を取り消すことができる。"
               "取消しを受けた者は、その日から3か月間、在宅勤務を申請することができない。"),
    ("Heading 2", "第15条（相談窓口）"),
    ("Normal", "在宅勤務に関する相談は、総務部人事課（内線2105）が受け付ける。受付時間は平日の10時から16時までとする。"),
    ("Heading 1", "附則"),
    ("Normal", "この規程は2024年4月1日から施行する。改定するときは、総務部が従業員代表の意見を聴いたうえで行う。"),
    ("Normal", "2025年4月1日一部改正（第11条の手当の支給条件を見直し）"),
]

FIXED_DT = (2024, 4, 1, 0, 0, 0)


def build_docx(path):
    import datetime
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "株式会社ハヤセ物流 総務部"
    cp.last_modified_by = "株式会社ハヤセ物流 総務部"
    cp.title = "在宅勤務規程"
    cp.created = datetime.datetime(2024, 3, 15, 9, 0, 0)
    cp.modified = datetime.datetime(2024, 3, 15, 9, 0, 0)
    cp.revision = 1
    for style, val in DOCX_BLOCKS:
        if style == "TABLE":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, txt in enumerate(row):
                    cellp = t.cell(r, c).paragraphs[0]
                    run = cellp.add_run(txt)
                    if r == 0:
                        run.bold = True
            continue
        d.add_paragraph(val, style=style)
    buf = io.BytesIO()
    d.save(buf)
    # normalise zip: same entry order, fixed timestamps, fixed attributes
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            out.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------- HTML
HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>はなみずき内科・小児科クリニック｜緑ヶ丘市の内科・小児科</title>
<meta name="description" content="緑ヶ丘駅南口から徒歩4分の内科・小児科クリニックです。">
<link rel="stylesheet" href="css/style.css">
<style>
body { font-family: sans-serif; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999; padding: 4px 8px; }
</style>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
</script>
</head>
<body>
<header class="site-header">
  <p class="logo"><a href="/">はなみずき内科・小児科クリニック</a></p>
  <p class="tel">お電話でのご予約・お問い合わせ：<a href="tel:0467552180">0467-55-2180</a></p>
  <nav>
    <ul>
      <li><a href="/">トップ</a></li>
      <li><a href="#hours">診療時間</a></li>
      <li><a href="#fever">発熱外来</a></li>
      <li><a href="#vaccine">予防接種</a></li>
      <li><a href="#faq">よくある質問</a></li>
      <li><a href="#access">アクセス</a></li>
    </ul>
  </nav>
</header>
<main>
  <h1>はなみずき内科・小児科クリニック</h1>
  <p>緑ヶ丘市本町の内科・小児科です。かぜや生活習慣病から、お子さまの予防接種まで、ご家族みなさまの「かかりつけ医」として診療しています。</p>

  <section id="greeting">
    <h2>院長あいさつ</h2>
    <p>はじめまして、院長の相沢美咲です。大学病院の総合内科と市内の小児科医院で合わせて十五年間勤務したのち、2019年4月にこのクリニックを開院しました。</p>
    <p>「ちょっとしたことでも気軽に相談できる場所」を目指して、スタッフ一同、わかりやすい説明を心がけています。</p>
  </section>

  <section id="news">
    <h2>お知らせ</h2>
    <ul class="news">
      <li><time datetime="2025-08-01">2025年8月1日</time>　9月から、土曜日の午前に乳幼児健診の枠を設けます。詳しくは受付でおたずねください。</li>
      <li><time datetime="2025-07-25">2025年7月25日</time>　8月13日から8月16日までは夏季休診とさせていただきます。</li>
      <li><time datetime="2025-07-01">2025年7月1日</time>　Web予約の受付開始時刻を、診療日の朝7時に変更しました。</li>
    </ul>
  </section>

  <section id="hours">
    <h2>診療時間</h2>
    <table>
      <thead>
        <tr><th>曜日</th><th>午前</th><th>午後</th></tr>
      </thead>
      <tbody>
        <tr><td>月・火・木・金</td><td>9:00〜12:30</td><td>15:00〜18:30</td></tr>
        <tr><td>水</td><td>9:00〜12:30</td><td>休診</td></tr>
        <tr><td>土</td><td>9:00〜13:00</td><td>休診</td></tr>
        <tr><td>日・祝日</td><td>休診</td><td>休診</td></tr>
      </tbody>
    </table>
    <p>受付は診療終了の15分前までです。院長：相沢 美咲（日本内科学会認定内科医）</p>
  </section>

  <section id="flow">
    <h2>初めて受診される方へ</h2>
    <ol>
      <li>ホームページのWeb予約から、ご希望の時間帯を選んでください。</li>
      <li>来院されたら、受付で保険証類をお出しください。</li>
      <li>待合室のタブレットで問診票にご記入いただきます。</li>
      <li>順番が近づくと、スマートフォンにメールでお知らせします。</li>
      <li>診察が終わったら、お会計を済ませてお帰りください。</li>
    </ol>
    <h3>お持ちいただくもの</h3>
    <ul>
      <li>マイナ保険証、または資格確認書</li>
      <li>お薬手帳（服用中のお薬がある方）</li>
      <li>子ども医療費受給者証（お子さまの場合）</li>
      <li>母子健康手帳（予防接種を受ける場合）</li>
    </ul>
  </section>

  <section id="fever">
    <h2>発熱外来</h2>
    <p>37.5度以上の発熱がある方は、来院前に必ずお電話ください。</p>
    <p>来院時は正面入口ではなく、建物の裏手にある専用出入口からお入りください。ほかの患者さんとの接触をできるだけ減らすためです。</p>
    <p>診察は、一般の患者さんと時間を分けて、平日の11:30〜12:30と17:30〜18:30に行っています。</p>
  </section>

  <section id="vaccine">
    <h2>予防接種</h2>
    <p>予防接種は<strong>予約制</strong>です。ワクチンの在庫を確保するため、接種日の3日前までにご予約ください。</p>
    <table>
      <thead>
        <tr><th>ワクチン</th><th>対象</th><th>料金（税込）</th></tr>
      </thead>
      <tbody>
        <tr><td>インフルエンザ</td><td>13歳以上（1回接種）</td><td>3,800円</td></tr>
        <tr><td>インフルエンザ</td><td>13歳未満（2回接種）</td><td>1回につき3,300円</td></tr>
        <tr><td>帯状疱疹（不活化ワクチン）</td><td>50歳以上（2回接種）</td><td>1回につき22,000円</td></tr>
      </tbody>
    </table>
    <p>体調がすぐれない日は無理をせず、別の日に予約を取り直してください。</p>
    <p>緑ヶ丘市の助成を受けられる方は、市から届いた予診票を忘れずにお持ちください。</p>
  </section>

  <section id="checkup">
    <h2>健康診断</h2>
    <p>緑ヶ丘市の特定健診（40歳から74歳の国民健康保険に加入している方）と、会社の雇入れ時健診を行っています。</p>
    <ul>
      <li>健診は予約制で、火曜と金曜の午前に行っています。</li>
      <li>前日の夜9時以降は、水以外の飲食を控えてください。</li>
      <li>結果は約2週間後に郵送でお届けします。</li>
    </ul>
  </section>

  <section id="faq">
    <h2>よくある質問</h2>
    <dl>
      <dt>駐車場はありますか？</dt>
      <dd>クリニックの前に専用駐車場が6台分あります。満車のときは隣の「みどりパーキング」をご利用ください。受付で駐車券をお出しいただくと、1時間分が無料になります。</dd>
      <dt>子どもは何歳から診てもらえますか？</dt>
      <dd>小児科では、生後1か月から中学生までのお子さまを診療しています。</dd>
      <dt>インフルエンザの予防接種は何月からですか？</dt>
      <dd>例年10月1日から受け付けを始め、ワクチンがなくなり次第終了します。</dd>
    </dl>
    <details>
      <summary>予約なしでも受診できますか？</summary>
      <p>はい、受診できます。ただし、ご予約の方を優先してご案内するため、お待ちいただくことがあります。</p>
    </details>
    <details>
      <summary>支払いにクレジットカードは使えますか？</summary>
      <p>各種クレジットカードと交通系電子マネーがご利用いただけます。予防接種の費用も同じです。</p>
    </details>
    <details>
      <summary>お薬は院内でもらえますか？</summary>
      <p>当院は院外処方です。お会計のときに処方せんをお渡ししますので、お近くの調剤薬局でお受け取りください。</p>
    </details>
  </section>

  <section id="access">
    <h2>アクセス</h2>
    <address>〒252-0811　緑ヶ丘市本町2丁目8-15　はなみずきビル1階</address>
    <p>緑ヶ丘駅の南口を出て、商店街を海の方向へまっすぐ歩いて4分です。郵便局の向かい側にあります。</p>
    <p>お車の場合は、国道134号線の「本町二丁目」交差点を山側に曲がってすぐです。バスをご利用の方は「緑ヶ丘市役所前」で降りて徒歩2分です。</p>
  </section>
</main>
<footer>
  <ul class="footer-nav">
    <li><a href="/privacy">個人情報保護方針</a></li>
    <li><a href="/sitemap">サイトマップ</a></li>
  </ul>
  <p><small>&copy; 2025 はなみずき内科・小児科クリニック</small></p>
</footer>
</body>
</html>
"""

# ---------------------------------------------------------------- Markdown
MD = """---
title: hakobune
description: 写真と動画を NAS へ差分バックアップするコマンドラインツール
version: 2.3.0
updated: 2025-06-20
tags: [backup, nas, photo]
---

# hakobune（はこぶね）

hakobune は、スマートフォンやデジタルカメラから取り込んだ写真と動画を、家庭用の NAS へ差分バックアップするためのコマンドラインツールです。
同じファイルを二重に送らないように、ファイルの中身から計算したハッシュ値で重複を見分けます。
家族のスマートフォンやカメラが何台あっても、写真をひとつの場所にまとめて守れるように作りました。

> **注意**：バージョン 2.0 から設定ファイルの形式が TOML に変わりました。
> 1.x の YAML 形式の設定ファイルはそのまま読み込めないので、移行コマンドで変換してください。

## 特長

- **差分バックアップ**：前回のバックアップから増えたファイルだけを転送します
- **撮影日ごとのフォルダ分け**：Exif の撮影日時を読み取り、年・月・日のフォルダに振り分けます
- **中断からの再開**：通信が途切れても、送りかけのファイルの続きから再開します
- **転送後の検証**：コピー先でハッシュ値を計算し直し、壊れたファイルがないか確かめます
- **進み具合の表示**：残りの枚数と、おおよその残り時間を画面に表示します

## 動作環境

| 項目 | 要件 |
|------|------|
| OS | Windows 10 以降、macOS 13 以降、Ubuntu 22.04 以降 |
| Python | 3.10 以上 |
| 空きメモリ | 512MB 以上 |
| 対応 NAS | SMB 3.0 に対応した機種 |

## インストール

```
pip install hakobune
```

インストールが終わったら、`hakobune --version` でバージョンを確認してください。

## 使い方

### 初期設定

1. `hakobune init` を実行すると、ホームフォルダに設定ファイルが作られます。
2. 設定ファイルの `dest` に、NAS の共有フォルダのパスを書き込みます。
3. `hakobune check` を実行して、NAS に接続できるかどうかを確かめます。

### バックアップを実行する

```
hakobune run --source E:\\DCIM
```

初回はすべてのファイルを転送するので、写真1万枚でおよそ2時間かかります。
2回目からは増えた分だけを送るため、ほとんどの場合は数分で終わります。

### 復元する

1. `hakobune restore --date 2025-06-14` のように日付を指定すると、その日の状態を一時フォルダに取り出します。
2. 取り出したファイルの中身を確認してから、必要なものだけを元の場所へコピーしてください。

復元は読み取り専用で動くので、NAS 上のバックアップが書き換えられる心配はありません。

### 対象から外れるファイル

- 拡張子が `.tmp` や `.part` のファイルは、書き込みの途中かもしれないので常に対象外です
- サイズが0バイトのファイルは、転送せずに記録だけ残します
- 隠しフォルダの中身は、設定で有効にしない限り無視されます

## 設定項目

| キー | 既定値 | 説明 |
|------|--------|------|
| `dest` | なし | バックアップ先のパス（必須） |
| `parallel` | 4 | 同時に転送するファイルの数 |
| `keep_days` | 30 | 元の場所で消されたファイルを退避フォルダに残す日数 |
| `verify` | true | 転送後にハッシュ値を照合するかどうか |

設定ファイルの例：

```toml
dest = "//nas01/photo"
parallel = 4
keep_days = 30
```

## よくある質問

### 転送がとても遅いとき

無線LANでつないでいる場合は、`parallel` を 2 に下げると安定することがあります。
同時に送る数が多すぎると、電波が混み合って再送が増え、かえって遅くなるからです。

### スマホから直接バックアップできる？

いまのところ対応していません。
いったんパソコンに取り込んでから実行してください。

### 設定ファイルを 1.x から移行したい

`hakobune migrate` を実行すると、古い YAML 形式の設定を TOML 形式に書き換えます。
元のファイルは `hakobune.yaml.bak` という名前で残ります。

### 「NAS が見つかりません」と表示される

NAS の電源が入っているか、パソコンと同じネットワークにつながっているかを確かめてください。
共有フォルダのパスは、スラッシュ2本で始める必要があります。

### ログはどこに出力される？

ホームフォルダの `.hakobune/logs` に、実行した日ごとに別のファイルとして保存されます。
古いログは90日たつと自動的に削除されます。

## 仕組み

hakobune は、送ったファイルの一覧とハッシュ値を、NAS 上の小さなデータベースに記録しています。
次に実行したときは、この記録と手元のファイルを比べて、まだ送っていないものだけを選び出します。
名前を変えただけの写真は中身が同じなので、もう一度送られることはありません。

## 更新履歴

- 2.3.0（2025年6月）：撮影日時が記録されていない動画は、ファイルの更新日時でフォルダ分けするように変更
- 2.2.0（2025年2月）：転送の進み具合を示すバーを表示
- 2.0.0（2024年9月）：設定ファイルを TOML 形式に変更

## 開発に参加する

プルリクエストを歓迎します。大きな変更を加える前に、まず Issue で相談してください。
コードを直したときは、テストがすべて通ることを確かめてから送ってください。

## ライセンス

MIT License で公開しています。詳しくは [LICENSE](LICENSE) をご覧ください。
不具合の報告や要望は [Issues](https://example.com/hakobune/issues) にお寄せください。

作者：森下 遥
"""

# ---------------------------------------------------------------- Aozora TXT
TXT = """坂の町の郵便局
久我静男

-------------------------------------------------------
【テキスト中に現れる記号について】

《》：ルビ
（例）汐見坂《しおみざか》

｜：ルビの付く文字列の始まりを特定する記号
（例）赤い｜丸型《まるがた》ポスト

［＃］：入力者注　主に外字の説明や、傍点の位置の指定
　　　（数字は、JIS X 0213の面区点番号、または底本のページと行数）
（例）［＃「一」は中見出し］
-------------------------------------------------------

［＃３字下げ］一［＃「一」は中見出し］

　私が生まれた汐見坂《しおみざか》の町は、海へ向かって落ちこむような急な坂に、家々が段々畑のように貼りついた町であった。坂の下の船着き場から上の神社まで、百二十段の石段が一本の背骨のように通っていて、町の用事はたいていこの石段の上で足りた。
　郵便局は、その石段のちょうど中ほど、六十段目の踊り場に建っていた。木造二階建ての小さな局で、入口の横には赤い｜丸型《まるがた》ポストが、番兵のように立っていた。昭和十二年に建てられたと聞いているから、私が通いはじめた頃には、もう二十年以上もそこにあったことになる。
　局長の大杉さんは、背の高い、無口な人であった。毎朝七時になると、局の前の踊り場を竹ぼうきで掃き、それから窓口の木の格子戸を開けた。町の者は、その格子戸の音で朝が来たことを知った。局のすぐ下の段には、いつ通っても誰かが腰をおろして、ぼんやりと沖の船を眺めていた。

［＃３字下げ］二［＃「二」は中見出し］

　私が九つの年から、祖母の手紙を郵便局へ出しに行くのは私の役目になった。祖母は毎月一日に、東京へ出て行った叔父へ手紙を書いた。叔父はめったに返事をよこさなかったが、祖母は書くのをやめなかった。
「返事はなくてもいい。手紙が戻って来なければ、あの子がその住所にちゃんと住んでいるということだからね」
　祖母はそう言って、封筒の宛名を太い筆で三度なぞった。戻って来ない手紙が、祖母にとってはただ一つの便りだったのである。
　窓口で切手を貼ろうとして、私が舌でなめかけると、大杉さんは黙って小さな皿を差し出した。皿の中には水を含ませた海綿《かいめん》が入っていた。
「切手はなめるもんじゃない。これで湿らせるんだ」
　それが、大杉さんから聞いた最初の言葉であった。以来、私は切手を貼るたびに、あのひんやりとした海綿の手ざわりを思い出す。

［＃３字下げ］三［＃「三」は中見出し］

　冬になると、坂の町には北西の風が吹き上げてきて、石段は朝のうちに薄く凍った。そういう朝、大杉さんは局の前の段だけでなく、上下十段ずつに灰をまいて歩いた。年寄りが足をすべらせないようにするためだと、あとで母から聞いた。
　年の暮れには、局の二階が年賀状の仕分け場になった。近所の中学生が五人ほど手伝いに雇われ、私も十四の年に一度だけその中に加わった。日当は百五十円で、帰りにみかんを二つもらった。番地のない宛名を、大杉さんが「これは船大工の娘さんのところだ」と言い当てるのを、私たちは手品を見るような気持ちで眺めていた。

［＃３字下げ］四［＃「四」は中見出し］

　郵便局は昭和四十八年の春に、坂の下の国道沿いへ移った。石段を上れない年寄りが町に増えて、局まで来られない人が多くなったからである。新しい局は鉄筋の建物で、自動ドアがついていた。
　大杉さんは移転を見届けて局長を退き、その年の秋に隣の港町へ越していった。六十段目の踊り場には、局の建物が取り壊されたあとも、赤いポストだけが残された。町の人たちが、あのポストだけは残してほしいと役場に頼んだのだという。
　私はいまでも帰省するたびに、石段を六十段上って、そのポストに一通だけ手紙を入れる。宛先は自分の家である。二日たって自分の手もとに届いたその手紙を読むと、坂の町がまだちゃんとそこにあることがわかる。祖母が戻って来ない手紙に聞いていたことを、私は戻って来る手紙に聞いているのかもしれない。



底本：「坂の町の郵便局」潮音社
　　　1978（昭和53）年5月10日初版発行
入力：三輪ゆかり
校正：早瀬智之
2024年11月3日作成
このファイルは、架空の文庫のために作られた練習用のテキストです。
"""


def build_all(outdir):
    os.makedirs(outdir, exist_ok=True)
    build_pdf(os.path.join(outdir, FILES["pdf"]))
    build_docx(os.path.join(outdir, FILES["docx"]))
    for key, text in (("html", HTML), ("md", MD), ("txt", TXT)):
        with open(os.path.join(outdir, FILES[key]), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write(text)
    return {k: os.path.join(outdir, v) for k, v in FILES.items()}


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    for k, p in build_all(out).items():
        print(k, p, os.path.getsize(p))
