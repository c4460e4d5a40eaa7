<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ActionCatalogue</name>
    <message>
        <source>Secrets</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Keys and tokens</source>
        <translation>鍵とトークン</translation>
    </message>
    <message>
        <source>Access control</source>
        <translation>アクセス制御</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>連携</translation>
    </message>
    <message>
        <source>Supply chain</source>
        <translation>サプライチェーン</translation>
    </message>
    <message>
        <source>Org administration</source>
        <translation>組織の管理</translation>
    </message>
    <message>
        <source>Pipeline activity</source>
        <translation>パイプラインの動作</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <source>High sensitivity</source>
        <translation>重要度: 高</translation>
    </message>
    <message>
        <source>Medium sensitivity</source>
        <translation>重要度: 中</translation>
    </message>
    <message>
        <source>Low sensitivity</source>
        <translation>重要度: 低</translation>
    </message>
    <message>
        <source>Not in the action catalogue: a new action, or a misspelled one.</source>
        <translation>アクションカタログにありません: 新しいアクションか、つづりの誤りです。</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (a catalogue has version and actions)</source>
        <translation>不明なキー &apos;%1&apos; です (カタログのキーは version と actions です)</translation>
    </message>
    <message>
        <source>the catalogue must say version: 1</source>
        <translation>カタログには version: 1 と書く必要があります</translation>
    </message>
    <message>
        <source>the catalogue needs a list of actions</source>
        <translation>カタログにはアクションのリスト (actions) が必要です</translation>
    </message>
    <message>
        <source>an action entry must be a mapping of name, aliases, meaning, category and sensitivity</source>
        <translation>アクションの項目は name、aliases、meaning、category、sensitivity のマッピングである必要があります</translation>
    </message>
    <message>
        <source>aliases must be a list [a, b]</source>
        <translation>aliases はリスト [a, b] である必要があります</translation>
    </message>
    <message>
        <source>an alias must be an action name</source>
        <translation>別名はアクション名である必要があります</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in an action entry</source>
        <translation>アクションの項目に不明なキー &apos;%1&apos; があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a single value</source>
        <translation>&apos;%1&apos; は単一の値である必要があります</translation>
    </message>
    <message>
        <source>the action entry has no &apos;%1&apos;</source>
        <translation>アクションの項目に &apos;%1&apos; がありません</translation>
    </message>
    <message>
        <source>the meaning of %1 is empty</source>
        <translation>%1 の meaning が空です</translation>
    </message>
    <message>
        <source>the category &apos;%1&apos; is not one of: %2</source>
        <translation>カテゴリー &apos;%1&apos; は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <source>the sensitivity &apos;%1&apos; is not high, medium or low</source>
        <translation>重要度 &apos;%1&apos; は high、medium、low のいずれでもありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action name</source>
        <translation>&apos;%1&apos; はアクション名ではありません</translation>
    </message>
    <message>
        <source>%1 is also the action %2 (&apos;-&apos; and &apos;.&apos; count as one separator)</source>
        <translation>%1 はアクション %2 と同じです (&apos;-&apos; と &apos;.&apos; は同じ区切りとみなされます)</translation>
    </message>
</context>
<context>
    <name>AnnotationFields</name>
    <message>
        <source>tags is not a list of tag names; the event&apos;s tags were not restored, the field is kept as written</source>
        <translation>tags がタグ名のリストではありません。イベントのタグは復元されず、フィールドは書かれたまま保持されます</translation>
    </message>
    <message>
        <source>starred is neither true nor false; the event&apos;s star was not restored, the field is kept as written</source>
        <translation>starred が true でも false でもありません。イベントのスターは復元されず、フィールドは書かれたまま保持されます</translation>
    </message>
    <message>
        <source>notes is not a list of notes, each with its text (and author, created and changed times); the event&apos;s notes were not restored, the field is kept as written</source>
        <translation>notes が、本文（および作成者・作成日時・変更日時）を持つメモのリストではありません。イベントのメモは復元されず、フィールドは書かれたまま保持されます</translation>
    </message>
</context>
<context>
    <name>AnnotationJob</name>
    <message>
        <source>The case is open read-only: annotations cannot be saved in it.</source>
        <translation>このケースは読み取り専用で開かれています。注釈を保存できません。</translation>
    </message>
</context>
<context>
    <name>AnnotationStore</name>
    <message>
        <source>the case is open read-only: annotations cannot be saved</source>
        <translation>ケースは読み取り専用で開かれています: 注釈を保存できません</translation>
    </message>
    <message>
        <source>%1: the annotations cannot be saved (%2)</source>
        <translation>%1: 注釈を保存できません (%2)</translation>
    </message>
    <message>
        <source>a tag colour is written #RRGGBB</source>
        <translation>タグの色は #RRGGBB の形で書きます</translation>
    </message>
    <message>
        <source>the case has no tag named %1</source>
        <translation>ケースに %1 という名前のタグはありません</translation>
    </message>
    <message>
        <source>a view name is 1 to 64 characters, without control characters or spaces at either end</source>
        <translation>ビュー名は 1～64 文字で、制御文字や先頭・末尾の空白は使えません</translation>
    </message>
    <message>
        <source>a tag name is 1 to 64 characters, without control characters or spaces at either end, and not * (a filter&apos;s &quot;any tag&quot;)</source>
        <translation>タグ名は 1～64 文字で、制御文字や先頭・末尾の空白は使えず、* (フィルターの「任意のタグ」) にもできません</translation>
    </message>
    <message>
        <source>the tag %1 could not be made</source>
        <translation>タグ %1 を作成できませんでした</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 を削除できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>%1 is in use by another AuditLens that is saving to it; try again when it has finished</source>
        <translation>%1 は別の AuditLens が保存中のため使用できません。保存が終わってからもう一度お試しください</translation>
    </message>
    <message>
        <source>%1: there is no case file here</source>
        <translation>%1: ここにケースファイルはありません</translation>
    </message>
    <message>
        <source>%1: the case cannot be opened (%2)</source>
        <translation>%1: ケースを開けません (%2)</translation>
    </message>
    <message>
        <source>%1: the case cannot be written (%2)</source>
        <translation>%1: ケースに書き込めません (%2)</translation>
    </message>
    <message>
        <source>%1: the case cannot be created (%2)</source>
        <translation>%1: ケースを作成できません (%2)</translation>
    </message>
    <message>
        <source>%1 holds an import that was interrupted and must be undone before the case can be read, but it cannot be written (%2)</source>
        <translation>%1 には中断されたインポートが残っており、ケースを読む前に取り消す必要がありますが、書き込みができません (%2)</translation>
    </message>
    <message>
        <source>%1 is not an AuditLens case file, or it is damaged</source>
        <translation>%1 は AuditLens のケースファイルではないか、破損しています</translation>
    </message>
    <message>
        <source>%1 is not an AuditLens case file, or it is damaged (%2)</source>
        <translation>%1 は AuditLens のケースファイルではないか、破損しています (%2)</translation>
    </message>
    <message>
        <source>%1 is not an AuditLens case file</source>
        <translation>%1 は AuditLens のケースファイルではありません</translation>
    </message>
    <message>
        <source>%1 was written by a newer AuditLens (case format %2; this version reads up to %3). Open it with a newer AuditLens.</source>
        <translation>%1 は新しい AuditLens で作成されています (ケース形式 %2。このバージョンが読めるのは %3 まで)。新しい AuditLens で開いてください。</translation>
    </message>
    <message>
        <source>%1 is an AuditLens case file of an unknown format</source>
        <translation>%1 は未知の形式の AuditLens ケースファイルです</translation>
    </message>
    <message>
        <source>%1: the case file is damaged (%2)</source>
        <translation>%1: ケースファイルが破損しています (%2)</translation>
    </message>
    <message>
        <source>%1: the case file is damaged: its %2 table is missing</source>
        <translation>%1: ケースファイルが破損しています: %2 テーブルがありません</translation>
    </message>
    <message>
        <source>%1: the case file is damaged: its %2 table has no %3 column</source>
        <translation>%1: ケースファイルが破損しています: %2 テーブルに %3 列がありません</translation>
    </message>
    <message>
        <source>%1: the case cannot be read; it may be damaged (%2)</source>
        <translation>%1: ケースを読み取れません。破損している可能性があります (%2)</translation>
    </message>
    <message>
        <source>%1: the case cannot be brought up to date (%2)</source>
        <translation>%1: ケースを最新の形式に更新できません (%2)</translation>
    </message>
</context>
<context>
    <name>ColumnMap</name>
    <message>
        <source>the column mapping is not JSON of the form %1</source>
        <translation>列の対応付けが %1 の形の JSON ではありません</translation>
    </message>
    <message>
        <source>the column mapping names %1, which is no audit field (the fields are: %2)</source>
        <translation>列の対応付けにある %1 は監査ログのフィールドではありません (フィールド: %2)</translation>
    </message>
    <message>
        <source>the column mapping gives %1 no column name: write the name of the file&apos;s column as text</source>
        <translation>列の対応付けで %1 に列名がありません: ファイルの列名を文字列で書いてください</translation>
    </message>
    <message>
        <source>the column mapping names %1 twice</source>
        <translation>列の対応付けに %1 が 2 回あります</translation>
    </message>
    <message>
        <source>the column mapping takes both %1 and %2 from the column %3</source>
        <translation>列の対応付けが %1 と %2 の両方を列 %3 から取っています</translation>
    </message>
    <message>
        <source>the file&apos;s header has the column %1 twice, so the column mapping cannot tell which one fills %2</source>
        <translation>ファイルのヘッダーに列 %1 が 2 つあるため、列の対応付けではどちらが %2 を埋めるか決められません</translation>
    </message>
    <message>
        <source>the column mapping takes %1 from the column %2, which the file&apos;s header does not have</source>
        <translation>列の対応付けは %1 を列 %2 から取りますが、ファイルのヘッダーにその列はありません</translation>
    </message>
    <message>
        <source>the column mapping takes %1 from the column %2, which is the file&apos;s own %3 column</source>
        <translation>列の対応付けは %1 を列 %2 から取りますが、それはファイル自身の %3 列です</translation>
    </message>
    <message>
        <source>the column mapping takes %1 from the column %2, but the file has its own %1 column</source>
        <translation>列の対応付けは %1 を列 %2 から取りますが、ファイルには %1 列そのものもあります</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>列名</translation>
    </message>
</context>
<context>
    <name>CsvHeader</name>
    <message>
        <source>the header names the column %1 twice</source>
        <translation>ヘッダーに列 %1 が 2 回あります</translation>
    </message>
    <message>
        <source>the file separates fields with semicolons; CircleCI audit-log exports use commas (was it re-saved by a spreadsheet?)</source>
        <translation>このファイルはフィールドをセミコロンで区切っています。CircleCI の監査ログのエクスポートはカンマ区切りです (表計算ソフトで保存し直されていませんか?)</translation>
    </message>
    <message>
        <source>the file separates fields with tabs; CircleCI audit-log exports use commas</source>
        <translation>このファイルはフィールドをタブで区切っています。CircleCI の監査ログのエクスポートはカンマ区切りです</translation>
    </message>
    <message>
        <source>this is not a CircleCI audit-log export: the header has no %1 column (it has: %2). If the file names them otherwise, say which of its columns fills each with a column mapping, --map FILE.json, such as %3</source>
        <translation>CircleCI の監査ログのエクスポートではありません: ヘッダーに %1 列がありません (ある列: %2)。ファイルが別の名前で持っている場合は、列の対応付け --map FILE.json でどの列がそれぞれを埋めるかを指定してください。例: %3</translation>
    </message>
</context>
<context>
    <name>CsvRecordReader</name>
    <message>
        <source>a quoted field opens on this line and is never closed</source>
        <translation>この行で始まる引用符付きフィールドが閉じられていません</translation>
    </message>
    <message>
        <source>text follows the closing quote of field %1</source>
        <translation>フィールド %1 の閉じ引用符の後に文字があります</translation>
    </message>
    <message>
        <source>byte %1 of the record is not valid UTF-8</source>
        <translation>レコードの %1 バイト目が正しい UTF-8 ではありません</translation>
    </message>
    <message>
        <source>the record is larger than the limit of %1 bytes; its first %2 bytes are kept</source>
        <translation>レコードが上限の %1 バイトを超えています。先頭の %2 バイトを保持しました</translation>
    </message>
</context>
<context>
    <name>EventIndex</name>
    <message>
        <source>there is not enough memory to index the events of this case</source>
        <translation>このケースのイベントをインデックス化するためのメモリーが足りません</translation>
    </message>
    <message>
        <source>the index was prepared for other events</source>
        <translation>インデックスは別のイベント用に作成されたものです</translation>
    </message>
    <message>
        <source>the case holds %1 different actions, more than the viewer can index</source>
        <translation>ケースには %1 種類のアクションがあり、ビューアーがインデックス化できる数を超えています</translation>
    </message>
    <message>
        <source>the case is damaged: two events share a seq</source>
        <translation>ケースが破損しています: 2 つのイベントが同じ seq を持っています</translation>
    </message>
    <message>
        <source>the case cannot be read (%1)</source>
        <translation>ケースを読み取れません (%1)</translation>
    </message>
    <message>
        <source>the case is damaged: event %1 %2</source>
        <translation>ケースが破損しています: イベント %1 %2</translation>
    </message>
    <message>
        <source>names %1 %2, which the case does not hold</source>
        <translation>が %1 %2 を指していますが、ケースにありません</translation>
    </message>
    <message>
        <source>the case holds more events than the viewer can index</source>
        <translation>ケースのイベント数がビューアーでインデックス化できる上限を超えています</translation>
    </message>
    <message>
        <source>the event ids of the case are too long to index (4 GiB in all)</source>
        <translation>ケースのイベント ID が長すぎてインデックス化できません (合計 4 GiB)</translation>
    </message>
    <message>
        <source>the names of the case are too long to index (4 GiB in all)</source>
        <translation>ケースの名前が長すぎてインデックス化できません (合計 4 GiB)</translation>
    </message>
    <message>
        <source>has a %1 that is not a number</source>
        <translation>の %1 が数値ではありません</translation>
    </message>
    <message>
        <source>has a success of %1, neither 0 nor 1</source>
        <translation>の success が %1 で、0 でも 1 でもありません</translation>
    </message>
    <message>
        <source>has impossible duplicate marks (kind %1, copy %2 of %3)</source>
        <translation>にありえない重複情報があります (種類 %1、%3 件中 %2 件目のコピー)</translation>
    </message>
    <message>
        <source>the case is damaged: the name of action %1 is not UTF-8 text</source>
        <translation>ケースが破損しています: アクション %1 の名前が UTF-8 テキストではありません</translation>
    </message>
    <message>
        <source>the case is damaged: the name or id of entity %1 is not UTF-8 text</source>
        <translation>ケースが破損しています: エンティティ %1 の名前または ID が UTF-8 テキストではありません</translation>
    </message>
    <message>
        <source>has an %1 that is not an address</source>
        <translation>の %1 が IP アドレスではありません</translation>
    </message>
    <message>
        <source>has a %1 that is not text</source>
        <translation>の %1 がテキストではありません</translation>
    </message>
</context>
<context>
    <name>EventParser</name>
    <message>
        <source>%1 is nested more than %2 levels deep, the most this reader follows; it is kept as written</source>
        <translation>%1 の入れ子が %2 階層 (このリーダーの上限) を超えています。書かれたまま保持します</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2)</source>
        <translation>%1 は正しい JSON ではありません (%2)</translation>
    </message>
    <message>
        <source>%1 holds the number %2, valid JSON but beyond the range of a 64-bit floating-point number, so readers disagree on its value; it is kept as written</source>
        <translation>%1 の数値 %2 は JSON としては正しいものの 64 ビット浮動小数点数の範囲を超えるため、リーダーによって値が異なります。書かれたまま保持します</translation>
    </message>
    <message>
        <source>%1 has the key %2 more than once; readers disagree on which one counts</source>
        <translation>%1 にキー %2 が複数回あります。どれが有効かはリーダーによって異なります</translation>
    </message>
    <message>
        <source>%1 is JSON but not an object</source>
        <translation>%1 は JSON ですがオブジェクトではありません</translation>
    </message>
    <message>
        <source>request is JSON but not an object</source>
        <translation>request は JSON ですがオブジェクトではありません</translation>
    </message>
    <message>
        <source>occurred_at %1 is not an ISO-8601 time: %2</source>
        <translation>occurred_at %1 は ISO-8601 の時刻ではありません: %2</translation>
    </message>
    <message>
        <source>the event has no id, so duplicates of it cannot be recognised</source>
        <translation>イベントに id がないため、重複を判定できません</translation>
    </message>
    <message>
        <source>success is %1, neither true nor false</source>
        <translation>success が %1 で、true でも false でもありません</translation>
    </message>
    <message>
        <source>version is %1, not a whole number</source>
        <translation>version が %1 で、整数ではありません</translation>
    </message>
</context>
<context>
    <name>EventReveal</name>
    <message>
        <source>success</source>
        <translation>成否</translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>time range</source>
        <translation>時間範囲</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>every condition</source>
        <translation>すべての条件</translation>
    </message>
    <message>
        <source>JSON conditions</source>
        <translation>JSON 条件</translation>
    </message>
</context>
<context>
    <name>ExportAnnotations</name>
    <message>
        <source>the annotations of the case cannot be read (%1)</source>
        <translation>ケースの注釈を読み取れません (%1)</translation>
    </message>
</context>
<context>
    <name>ExportCursor</name>
    <message>
        <source>the case cannot be read (%1)</source>
        <translation>ケースを読み取れません (%1)</translation>
    </message>
    <message>
        <source>event %1 left the case during the export</source>
        <translation>エクスポート中にイベント %1 がケースから消えました</translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <source>the case cannot be read (%1)</source>
        <translation>ケースを読み取れません (%1)</translation>
    </message>
</context>
<context>
    <name>ExportSink</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>SHA-256 is not available</source>
        <translation>SHA-256 を計算できません</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message numerus="yes">
        <source>%n selected event(s)</source>
        <translation>
            <numerusform>選択した %n 件のイベント</numerusform>
        </translation>
    </message>
    <message>
        <source>the case cannot be read (%1)</source>
        <translation>ケースを読み取れません (%1)</translation>
    </message>
    <message>
        <source>%1; only the annotated events (tagged, starred or noted)</source>
        <translation>%1。注釈付きのイベントのみ (タグ、スター、メモのいずれかあり)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>no output file was given</source>
        <translation>出力ファイルが指定されていません</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 はフォルダーです。ファイル名を指定してください</translation>
    </message>
    <message>
        <source>%1: the case cannot be read</source>
        <translation>%1: ケースを読み取れません</translation>
    </message>
    <message>
        <source>%1 is the case file itself; choose another name for the export</source>
        <translation>%1 はケースファイルそのものです。エクスポートには別の名前を指定してください</translation>
    </message>
    <message>
        <source>%1 is a source of this case (SHA-256 %2); an export never overwrites evidence</source>
        <translation>%1 はこのケースのソースです (SHA-256 %2)。エクスポートで証拠を上書きすることはありません</translation>
    </message>
    <message>
        <source>%1 is a case of an older format, without annotations: there are no annotated events to export. Opening it in AuditLens for writing (or annotating it with auditlens-cli) brings it to the current format.</source>
        <translation>%1 は注釈のない古い形式のケースです。エクスポートする注釈付きイベントはありません。AuditLens で書き込み可能として開く (または auditlens-cli で注釈を付ける) と現在の形式になります。</translation>
    </message>
</context>
<context>
    <name>ExtraColumnIndex</name>
    <message>
        <source>the case cannot be read (%1)</source>
        <translation>ケースを読み取れません (%1)</translation>
    </message>
</context>
<context>
    <name>FileIdentity</name>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 はファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>%1 is a FIFO (a named pipe), not a file: it would be read as it is written, with no size or digest to check it by</source>
        <translation>%1 はファイルではなく FIFO (名前付きパイプ) です: 書き込まれるそばから読むことになり、サイズやダイジェストで検証できません</translation>
    </message>
    <message>
        <source>it is a FIFO (a named pipe), not a file: it would be read as it is written, with no size or digest to check it by</source>
        <translation>ファイルではなく FIFO (名前付きパイプ) です: 書き込まれるそばから読むことになり、サイズやダイジェストで検証できません</translation>
    </message>
    <message>
        <source>%1 is a socket, not a file</source>
        <translation>%1 はファイルではなくソケットです</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>ファイルではなくソケットです</translation>
    </message>
    <message>
        <source>%1 is a device, not a file</source>
        <translation>%1 はファイルではなくデバイスです</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>ファイルではなくデバイスです</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 は通常のファイルではありません</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>%1 in (%2)</source>
        <translation>%1 が (%2) のいずれか</translation>
    </message>
    <message>
        <source>%1 not in (%2)</source>
        <translation>%1 が (%2) 以外</translation>
    </message>
    <message>
        <source>success = %1</source>
        <translation>成否 = %1</translation>
    </message>
    <message>
        <source>time %1 .. %2</source>
        <translation>時刻 %1 .. %2</translation>
    </message>
    <message>
        <source>time &gt;= %1</source>
        <translation>時刻 &gt;= %1</translation>
    </message>
    <message>
        <source>time &lt;= %1</source>
        <translation>時刻 &lt;= %1</translation>
    </message>
    <message>
        <source>text contains &quot;%1&quot;</source>
        <translation>テキストに「%1」を含む</translation>
    </message>
    <message>
        <source>duplicates only</source>
        <translation>重複のみ</translation>
    </message>
    <message>
        <source>exact duplicates only</source>
        <translation>完全な重複のみ</translation>
    </message>
    <message>
        <source>conflicting duplicates only</source>
        <translation>食い違う重複のみ</translation>
    </message>
    <message>
        <source>no duplicates</source>
        <translation>重複なし</translation>
    </message>
    <message>
        <source>exact copies collapsed</source>
        <translation>完全なコピーをまとめる</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <source> AND </source>
        <translation> かつ </translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>%1 でない</translation>
    </message>
    <message>
        <source>tagged</source>
        <translation>タグあり</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>タグなし</translation>
    </message>
    <message>
        <source>%1 != &quot;%2&quot;</source>
        <translation>%1 != &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;</source>
        <translation>%1 = &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>FilterField</name>
    <message>
        <source>action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>action or family (a.*)</source>
        <translation>アクションまたはファミリー (a.*)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <source>actor id or name</source>
        <translation>アクターの ID または名前</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <source>target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>target id or name</source>
        <translation>ターゲットの ID または名前</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>scope id or name</source>
        <translation>スコープの ID または名前</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>ip</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>IP address or CIDR block (10.0.0.0/8, 2001:db8::/32)</source>
        <translation>IP アドレスまたは CIDR ブロック (10.0.0.0/8、2001:db8::/32)</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>organization id or name</source>
        <translation>組織の ID または名前</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>account id or name</source>
        <translation>アカウントの ID または名前</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>request id (the events of one request)</source>
        <translation>リクエスト ID (1 つのリクエストのイベント)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>source: its number, path, file name or SHA-256 prefix</source>
        <translation>ソース: 番号、パス、ファイル名、または SHA-256 の先頭部分</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>the analyst&apos;s tag by name (* for any tag)</source>
        <translation>分析者のタグ名 (* は任意のタグ)</translation>
    </message>
    <message>
        <source>events without a tag</source>
        <translation>タグのないイベント</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>スター付き</translation>
    </message>
    <message>
        <source>starred events</source>
        <translation>スター付きのイベント</translation>
    </message>
    <message>
        <source>events without a star</source>
        <translation>スターのないイベント</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>スター</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>メモあり</translation>
    </message>
    <message>
        <source>events with a note</source>
        <translation>メモのあるイベント</translation>
    </message>
    <message>
        <source>events without a note</source>
        <translation>メモのないイベント</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>the hits of a findings rule by its id (* for any rule)</source>
        <translation>検出ルールのヒット (ID で指定。* はいずれかのルール)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出</translation>
    </message>
</context>
<context>
    <name>FindingsEngine</name>
    <message>
        <source>Rule %1: %2 is not a day (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>ルール %1: %2 は曜日ではありません (mon、tue、wed、thu、fri、sat、sun)。</translation>
    </message>
    <message>
        <source>Rule %1: start and end must be times written HH:MM.</source>
        <translation>ルール %1: start と end は HH:MM 形式の時刻で書いてください。</translation>
    </message>
    <message>
        <source>Rule %1: %2 is not a time zone this system knows.</source>
        <translation>ルール %1: %2 はこのシステムが知らないタイムゾーンです。</translation>
    </message>
    <message>
        <source>Rule %1: %2 must be a whole number.</source>
        <translation>ルール %1: %2 は整数でなければなりません。</translation>
    </message>
    <message>
        <source>Rule %1: %2 is not a field a rule may name.</source>
        <translation>ルール %1: %2 はルールで指定できるフィールドではありません。</translation>
    </message>
    <message>
        <source>Rule %1: %2 is not a concern (invisible, bidi-control, control, mixed-scripts).</source>
        <translation>ルール %1: %2 は懸念の種類ではありません (invisible、bidi-control、control、mixed-scripts)。</translation>
    </message>
    <message>
        <source>Rule %1: %2 is not a kind of rule.</source>
        <translation>ルール %1: %2 はルールの種類ではありません。</translation>
    </message>
</context>
<context>
    <name>FindingsReport</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source:line</source>
        <translation>ソース:行</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Starred by</source>
        <translation>スターを付けた人</translation>
    </message>
    <message>
        <source>a PDF needs fonts, which this program has not loaded (no QGuiApplication)</source>
        <translation>PDF にはフォントが必要ですが、このプログラムは読み込んでいません (QGuiApplication がありません)</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>%1 に変更</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Code points</source>
        <translation>コードポイント</translation>
    </message>
    <message>
        <source>Findings report</source>
        <translation>調査結果レポート</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Exported (UTC)</source>
        <translation>エクスポート日時 (UTC)</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>作成ツール</translation>
    </message>
    <message>
        <source>Time span (UTC)</source>
        <translation>期間 (UTC)</translation>
    </message>
    <message>
        <source>%1 .. %2</source>
        <translation>%1 .. %2</translation>
    </message>
    <message>
        <source>Events in the case</source>
        <translation>ケース内のイベント</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Events imported</source>
        <translation>取り込んだイベント</translation>
    </message>
    <message>
        <source>Annotated events in this report</source>
        <translation>このレポートの注釈付きイベント</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>スター付き</translation>
    </message>
    <message>
        <source>events marked with a star</source>
        <translation>スターが付いたイベント</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>メモ付き</translation>
    </message>
    <message>
        <source>events with at least one note</source>
        <translation>メモが 1 件以上あるイベント</translation>
    </message>
    <message>
        <source>Annotated events</source>
        <translation>注釈付きイベント</translation>
    </message>
    <message>
        <source>tagged, starred or noted, each counted once</source>
        <translation>タグ、スター、メモのいずれかあり (各イベントを 1 回ずつ数えます)</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>ケースのメモ</translation>
    </message>
    <message>
        <source>No notes on the case.</source>
        <translation>ケースにメモはありません。</translation>
    </message>
    <message>
        <source>This PDF lists the first %1 of these %2 events in time order; the HTML report and the CSV exports list them all.</source>
        <translation>この PDF には、これら %2 件のイベントのうち時刻順で最初の %1 件を載せています。HTML レポートと CSV エクスポートにはすべて載ります。</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>保存したビュー</translation>
    </message>
    <message>
        <source>The case has no saved views.</source>
        <translation>ケースに保存したビューはありません。</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <source>Annotation log</source>
        <translation>注釈ログ</translation>
    </message>
    <message>
        <source>Every change to the annotations of the case, oldest first, as the case recorded it (append-only): who, when, what and which events.</source>
        <translation>ケースの注釈に対するすべての変更を、ケースが記録したとおり (追記のみ) 古い順に示します: 誰が、いつ、何を、どのイベントに。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>At (UTC)</source>
        <translation>日時 (UTC)</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Which events</source>
        <translation>対象イベント</translation>
    </message>
    <message>
        <source>AuditLens findings report</source>
        <translation>AuditLens 調査結果レポート</translation>
    </message>
    <message>
        <source>Events by tag</source>
        <translation>タグ別のイベント</translation>
    </message>
    <message>
        <source>No event in this report carries a tag.</source>
        <translation>このレポートにタグ付きのイベントはありません。</translation>
    </message>
    <message>
        <source>Starred events</source>
        <translation>スター付きのイベント</translation>
    </message>
    <message>
        <source>No event in this report is starred.</source>
        <translation>このレポートにスター付きのイベントはありません。</translation>
    </message>
    <message>
        <source>Noted events without a tag or a star</source>
        <translation>タグもスターもないメモ付きのイベント</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>イベント: %1</translation>
    </message>
    <message>
        <source>End of findings report. Annotated events: %1.</source>
        <translation>調査結果レポートの終わり。注釈付きイベント: %1 件。</translation>
    </message>
</context>
<context>
    <name>FlatCsvWriter</name>
    <message>
        <source>there is no column %1; the columns are: %2</source>
        <translation>列 %1 はありません。使える列: %2</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>a row meant to be %1 was stored as %2</source>
        <translation>%1 になるはずの行が %2 として保存されました</translation>
    </message>
    <message>
        <source>%1: the case reached the file size limit of %2 bytes set for this program</source>
        <translation>%1: ケースがこのプログラムに設定されたファイルサイズの上限 (%2 バイト) に達しました</translation>
    </message>
    <message>
        <source>%1: the disk holding the case is full</source>
        <translation>%1: ケースのあるディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the case is not open for writing</source>
        <translation>ケースは書き込み用に開かれていません</translation>
    </message>
    <message>
        <source>the case is damaged: its events are numbered outside 1 to 2^61, so no more can be added</source>
        <translation>ケースが破損しています: イベント番号が 1 から 2^61 の範囲外のため、これ以上追加できません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the case is in use by another AuditLens that is writing to it; nothing was imported. Try again when it has finished.</source>
        <translation>ケースは別の AuditLens が書き込み中です。何もインポートしていません。書き込みが終わってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>the case cannot be written (%1)</source>
        <translation>ケースに書き込めません (%1)</translation>
    </message>
    <message>
        <source>%1; nothing was imported, the case is as it was before</source>
        <translation>%1。何もインポートしていません。ケースは元のままです</translation>
    </message>
    <message>
        <source>the case file was removed or replaced while it was open</source>
        <translation>開いている間にケースファイルが削除されたか置き換えられました</translation>
    </message>
    <message>
        <source>the file is not JSON we can read</source>
        <translation>このファイルは読み取れる JSON ではありません</translation>
    </message>
    <message>
        <source>the header line cannot be read: %1</source>
        <translation>ヘッダー行を読み取れません: %1</translation>
    </message>
    <message>
        <source>the record has %1 fields; the header has %2</source>
        <translation>レコードのフィールド数は %1 ですが、ヘッダーは %2 です</translation>
    </message>
    <message>
        <source>the event names %1 twice; the first one is used</source>
        <translation>イベントに %1 が 2 回あります。最初のものを使います</translation>
    </message>
    <message>
        <source>the import was cancelled; the case is as it was before</source>
        <translation>インポートはキャンセルされました。ケースは元のままです</translation>
    </message>
    <message>
        <source>reading stopped: %1</source>
        <translation>読み取りが止まりました: %1</translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation>ファイルにヘッダー行がありません</translation>
    </message>
    <message>
        <source>%1; nothing was imported. Import it again once it is complete.</source>
        <translation>%1。何もインポートしていません。ファイルが揃ってから、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>duplicates could not be looked for: the temporary file they need could not be written or read (is the temporary folder full?)</source>
        <translation>重複を調べられませんでした: 必要な一時ファイルを読み書きできません (一時フォルダーがいっぱいではありませんか?)</translation>
    </message>
    <message>
        <source>the case is in use: another AuditLens was still reading it after %1 minutes</source>
        <translation>ケースは使用中です: %1 分たっても別の AuditLens が読み取りを続けていました</translation>
    </message>
    <message>
        <source>this is the case itself, under another name; the case must be a separate file</source>
        <translation>これは別名のケースそのものです。ケースはソースとは別のファイルにしてください</translation>
    </message>
</context>
<context>
    <name>JsonCondition</name>
    <message>
        <source>a JSON path starts with actor, target, scope, payload, metadata or request, not &quot;%1&quot;</source>
        <translation>JSON パスは actor、target、scope、payload、metadata、request のいずれかで始まります（&quot;%1&quot; ではありません）</translation>
    </message>
    <message>
        <source>an array element is written [N], as in payload.items[0]</source>
        <translation>配列の要素は payload.items[0] のように [N] と書きます</translation>
    </message>
    <message>
        <source>a quoted key has no closing quote</source>
        <translation>引用符で囲んだキーに閉じ引用符がありません</translation>
    </message>
    <message>
        <source>a key is missing after a &apos;.&apos;; a key with a &apos;.&apos;, a bracket, &apos;=&apos; or a space is written in double quotes</source>
        <translation>&apos;.&apos; の後にキーがありません。&apos;.&apos;、角かっこ、&apos;=&apos;、空白を含むキーは二重引用符で囲みます</translation>
    </message>
    <message>
        <source>a key follows a &apos;.&apos;, an array element is written [N]</source>
        <translation>キーは &apos;.&apos; の後に、配列の要素は [N] と書きます</translation>
    </message>
    <message>
        <source>the path names a cell but no value in it: add a key, as in %1.id</source>
        <translation>パスがセルだけを指していて値を指していません。%1.id のようにキーを加えてください</translation>
    </message>
    <message>
        <source>a JSON condition is written PATH=VALUE, as in payload.project.slug=gh/acme/api</source>
        <translation>JSON 条件は payload.project.slug=gh/acme/api のように PATH=VALUE と書きます</translation>
    </message>
</context>
<context>
    <name>JsonEventSplitter</name>
    <message>
        <source>the record is nested more than %1 levels deep, the most this reader follows</source>
        <translation>レコードの入れ子が %1 階層 (このリーダーの上限) を超えています</translation>
    </message>
    <message>
        <source>the record is not valid JSON (%1)</source>
        <translation>レコードが正しい JSON ではありません (%1)</translation>
    </message>
    <message>
        <source>the record is JSON but not an event object</source>
        <translation>レコードは JSON ですがイベントのオブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>JsonRecordReader</name>
    <message>
        <source>the file is not JSON Lines or a JSON array of audit events</source>
        <translation>このファイルは JSON Lines でも監査イベントの JSON 配列でもありません</translation>
    </message>
    <message>
        <source>the JSON value that starts here is cut off by the end of the file</source>
        <translation>ここから始まる JSON の値がファイルの終わりで途切れています</translation>
    </message>
    <message>
        <source>the record is larger than the limit of %1 bytes; its first %2 bytes are kept</source>
        <translation>レコードが上限の %1 バイトを超えています。先頭の %2 バイトを保持しました</translation>
    </message>
    <message>
        <source>byte %1 of the record is not valid UTF-8</source>
        <translation>レコードの %1 バイト目が正しい UTF-8 ではありません</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>System Language</source>
        <translation>システムの言語</translation>
    </message>
</context>
<context>
    <name>NameInspection</name>
    <message>
        <source>Latin</source>
        <translation>ラテン文字</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>キリル文字</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>ギリシャ文字</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>アルメニア文字</translation>
    </message>
    <message>
        <source>Cherokee</source>
        <translation>チェロキー文字</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>ジョージア文字</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>ヘブライ文字</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>アラビア文字</translation>
    </message>
    <message>
        <source>Han</source>
        <translation>漢字</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>ひらがな</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>カタカナ</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>ハングル</translation>
    </message>
    <message>
        <source>script %1</source>
        <translation>文字体系 %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>invisible</source>
        <translation>不可視文字</translation>
    </message>
    <message>
        <source>bidi control: reorders the text</source>
        <translation>双方向制御文字: テキストの並びを変えます</translation>
    </message>
    <message>
        <source>control character</source>
        <translation>制御文字</translation>
    </message>
    <message>
        <source>%1 among %2 letters</source>
        <translation>%2 の中に %1</translation>
    </message>
    <message>
        <source>This name may pass for another one: %1
Hidden characters shown: %2</source>
        <translation>この名前は別の名前と見間違える恐れがあります: %1
隠れた文字を表示: %2</translation>
    </message>
</context>
<context>
    <name>ReportFindings</name>
    <message>
        <source>the case&apos;s findings cannot be read (%1)</source>
        <translation>ケースの検出を読み込めません (%1)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>No findings rule is enabled for this case.</source>
        <translation>このケースで有効な検出ルールはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of this report were picked by a findings rule. Exact copies of a duplicated id count once; conflicting copies count each.</source>
        <translation>
            <numerusform>このレポートの %n 件のイベントが検出ルールに該当しました。ID が重複する完全なコピーは 1 件として、内容の異なるコピーはそれぞれ数えます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>In this report</source>
        <translation>このレポート内</translation>
    </message>
    <message>
        <source>In the case</source>
        <translation>ケース全体</translation>
    </message>
    <message>
        <source>First (UTC)</source>
        <translation>最初 (UTC)</translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translation>最後 (UTC)</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>the PDF could not be produced</source>
        <translation>PDF を作成できませんでした</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Audit-log report</source>
        <translation>監査ログレポート</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>選択範囲</translation>
    </message>
    <message>
        <source>Exported (UTC)</source>
        <translation>エクスポート日時 (UTC)</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Time span (UTC)</source>
        <translation>期間 (UTC)</translation>
    </message>
    <message>
        <source>%1 .. %2</source>
        <translation>%1 .. %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>並び順</translation>
    </message>
    <message>
        <source>by time (UTC); ties by source and line</source>
        <translation>時刻順 (UTC)。同時刻はソースと行の順</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト数</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード数</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Events in this report</source>
        <translation>このレポートのイベント</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Events in the case</source>
        <translation>ケースのイベント</translation>
    </message>
    <message>
        <source>Copies of duplicated ids</source>
        <translation>重複 ID のコピー</translation>
    </message>
    <message>
        <source>%1 (%2 exact, %3 conflicting)</source>
        <translation>%1 (完全一致 %2、食い違い %3)</translation>
    </message>
    <message>
        <source>Events flagged with a problem</source>
        <translation>問題フラグ付きのイベント</translation>
    </message>
    <message>
        <source>Events without a valid time</source>
        <translation>有効な時刻のないイベント</translation>
    </message>
    <message>
        <source>Problems in the case</source>
        <translation>ケースの問題</translation>
    </message>
    <message>
        <source>%1 (%2 records rejected at import)</source>
        <translation>%1 (インポート時に %2 件のレコードを拒否)</translation>
    </message>
    <message>
        <source>Events over time (UTC)</source>
        <translation>イベントの推移 (UTC)</translation>
    </message>
    <message>
        <source>%1 bins from %2 to %3; the tallest holds %4 events</source>
        <translation>%2 から %3 までの %1 区間。最大の区間は %4 件</translation>
    </message>
    <message>
        <source>a PDF needs fonts, which this program has not loaded (no QGuiApplication)</source>
        <translation>PDF にはフォントが必要ですが、このプログラムは読み込んでいません (QGuiApplication なし)</translation>
    </message>
    <message>
        <source>AuditLens report</source>
        <translation>AuditLens レポート</translation>
    </message>
    <message>
        <source>Top actions</source>
        <translation>上位のアクション</translation>
    </message>
    <message>
        <source>Top actors</source>
        <translation>上位のアクター</translation>
    </message>
    <message>
        <source>Top targets</source>
        <translation>上位のターゲット</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>This PDF lists the first %1 of %2 events in time order; the HTML report and the CSV exports list them all.</source>
        <translation>この PDF には %2 件のイベントのうち時刻順で最初の %1 件を載せています。HTML レポートと CSV エクスポートにはすべて含まれます。</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成否</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Source:line</source>
        <translation>ソース:行</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>Names that may pass for others</source>
        <translation>別の名前と見間違える恐れのある名前</translation>
    </message>
    <message>
        <source>These names hold invisible characters, bidi controls or letters of mixed scripts, so they can look like other names. They are marked %1 above, with their invisible characters written as \u escapes.</source>
        <translation>これらの名前には不可視文字、双方向制御文字、または複数の文字体系が混在しているため、別の名前に見える恐れがあります。上の表では %1 を付け、不可視文字を \u エスケープで表記しています。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Code points</source>
        <translation>コードポイント</translation>
    </message>
    <message>
        <source>conflicting duplicate (%1 copies)</source>
        <translation>食い違う重複 (%1 件のコピー)</translation>
    </message>
    <message>
        <source>exact duplicate (%1 copies)</source>
        <translation>完全な重複 (%1 件のコピー)</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>フラグあり</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>End of report: %1 events listed.</source>
        <translation>レポートの終わり: %1 件のイベントを掲載しました。</translation>
    </message>
    <message>
        <source>finding: %1</source>
        <translation>検出: %1</translation>
    </message>
</context>
<context>
    <name>RuleBook</name>
    <message>
        <source>unknown key &apos;%1&apos; (a rules file has version and rules)</source>
        <translation>不明なキー &apos;%1&apos; です (ルールファイルのキーは version と rules です)</translation>
    </message>
    <message>
        <source>the rules file must say version: 1</source>
        <translation>ルールファイルには version: 1 と書く必要があります</translation>
    </message>
    <message>
        <source>the rules file needs a list of rules</source>
        <translation>ルールファイルにはルールのリスト (rules) が必要です</translation>
    </message>
    <message>
        <source>the id %1 is used by an earlier rule</source>
        <translation>ID %1 は前のルールですでに使われています</translation>
    </message>
    <message>
        <source>the rule has no &apos;%1&apos;</source>
        <translation>ルールに &apos;%1&apos; がありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty value</source>
        <translation>&apos;%1&apos; は空でない値である必要があります</translation>
    </message>
    <message>
        <source>a rule must be a mapping of id, title, severity, kind, enabled, parameters and explanation</source>
        <translation>ルールは id、title、severity、kind、enabled、parameters、explanation のマッピングである必要があります</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in a rule</source>
        <translation>ルールに不明なキー &apos;%1&apos; があります</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is not lower-case words joined by &apos;-&apos;</source>
        <translation>ID &apos;%1&apos; は &apos;-&apos; でつないだ小文字の語ではありません</translation>
    </message>
    <message>
        <source>the severity &apos;%1&apos; is not high, medium or low</source>
        <translation>深刻度 &apos;%1&apos; は high、medium、low のいずれでもありません</translation>
    </message>
    <message>
        <source>the kind &apos;%1&apos; is not one of: %2</source>
        <translation>種類 &apos;%1&apos; は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <source>enabled must be true or false</source>
        <translation>enabled は true または false である必要があります</translation>
    </message>
    <message>
        <source>parameters must be a mapping, one parameter a line</source>
        <translation>parameters は 1 行に 1 つのパラメーターを書くマッピングである必要があります</translation>
    </message>
    <message>
        <source>the kind %1 takes no parameter &apos;%2&apos; (it takes: %3)</source>
        <translation>種類 %1 はパラメーター &apos;%2&apos; を取りません (取るのは: %3)</translation>
    </message>
    <message>
        <source>the kind %1 needs the parameter &apos;%2&apos;</source>
        <translation>種類 %1 にはパラメーター &apos;%2&apos; が必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; はリストである必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a single value</source>
        <translation>&apos;%1&apos; は単一の値である必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of values</source>
        <translation>&apos;%1&apos; は値のリストである必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 twice</source>
        <translation>&apos;%1&apos; に %2 が 2 回書かれています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one entry</source>
        <translation>&apos;%1&apos; には少なくとも 1 つの項目が必要です</translation>
    </message>
    <message>
        <source>the action %1 is not in the action catalogue</source>
        <translation>アクション %1 はアクションカタログにありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action name</source>
        <translation>&apos;%1&apos; はアクション名ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day (one of: %2)</source>
        <translation>&apos;%1&apos; は曜日ではありません (次のいずれか: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field a rule may name (one of: %2)</source>
        <translation>&apos;%1&apos; はルールで指定できるフィールドではありません (次のいずれか: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a concern (one of: %2)</source>
        <translation>&apos;%1&apos; は懸念の種類ではありません (次のいずれか: %2)</translation>
    </message>
    <message>
        <source>success must be any, true or false</source>
        <translation>success は any、true、false のいずれかである必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a time HH:MM (00:00 to 23:59), in double quotes</source>
        <translation>&apos;%1&apos; は二重引用符で囲んだ時刻 HH:MM (00:00〜23:59) である必要があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone: write UTC or an IANA name such as Europe/Berlin</source>
        <translation>&apos;%1&apos; はタイムゾーンではありません: UTC または Europe/Berlin のような IANA 名を書いてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>&apos;%1&apos; は整数である必要があります</translation>
    </message>
</context>
<context>
    <name>RuleSettings</name>
    <message>
        <source>rule %1, parameter %2: a value must be text or a list of texts</source>
        <translation>ルール %1、パラメーター %2: 値はテキストまたはテキストのリストでなければなりません</translation>
    </message>
    <message>
        <source>rule %1: &apos;%2&apos; is not a setting (a rule has enabled, true or false, and parameters, an object)</source>
        <translation>ルール %1: &apos;%2&apos; は設定ではありません (ルールの設定は enabled (true または false) と parameters (オブジェクト) です)</translation>
    </message>
    <message>
        <source>there is no rule %1</source>
        <translation>ルール %1 はありません</translation>
    </message>
    <message>
        <source>rule %1, parameter %2: %3</source>
        <translation>ルール %1、パラメーター %2: %3</translation>
    </message>
    <message>
        <source>the rule settings are not a JSON object with an object &quot;rules&quot;</source>
        <translation>ルール設定が、オブジェクト &quot;rules&quot; を持つ JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>rule %1: the settings must be an object</source>
        <translation>ルール %1: 設定はオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>%1: the case is open read-only: its rule settings cannot be changed</source>
        <translation>%1: ケースは読み取り専用で開かれています。ルール設定は変更できません</translation>
    </message>
    <message>
        <source>%1: the rule settings cannot be saved (%2)</source>
        <translation>%1: ルール設定を保存できません (%2)</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>the file was removed while it was read</source>
        <translation>読み取り中にファイルが削除されました</translation>
    </message>
    <message>
        <source>the file changed size while it was read (%1 bytes when opened, %2 now, %3 read)</source>
        <translation>読み取り中にファイルのサイズが変わりました (開いたとき %1 バイト、現在 %2 バイト、読み取り済み %3 バイト)</translation>
    </message>
    <message>
        <source>the file was modified while it was read</source>
        <translation>読み取り中にファイルが変更されました</translation>
    </message>
</context>
<context>
    <name>SourceRemoval</name>
    <message>
        <source>%1: the source could not be removed (%2); the case is as it was before</source>
        <translation>%1: ソースを削除できませんでした (%2)。ケースは元のままです</translation>
    </message>
    <message>
        <source>no such source</source>
        <translation>そのソースはありません</translation>
    </message>
    <message>
        <source>%1 is in use by another AuditLens; nothing was removed. Try again when it has finished.</source>
        <translation>%1 は別の AuditLens が使用中です。何も削除していません。終わってからもう一度試してください。</translation>
    </message>
</context>
<context>
    <name>SourceSniffer</name>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; AuditLens reads UTF-8 exports as CircleCI writes them (convert it to UTF-8 first)</source>
        <translation>ファイルが UTF-16 のテキストです。AuditLens が読むのは CircleCI が出力する UTF-8 のエクスポートです (先に UTF-8 に変換してください)</translation>
    </message>
    <message>
        <source>the file is gzip-compressed; decompress it first</source>
        <translation>ファイルが gzip で圧縮されています。先に展開してください</translation>
    </message>
    <message>
        <source>the file is a ZIP archive (perhaps a spreadsheet); extract or export the CSV first</source>
        <translation>ファイルが ZIP アーカイブです (表計算のファイルかもしれません)。先に CSV を取り出すかエクスポートしてください</translation>
    </message>
    <message>
        <source>the file is binary, not a text export</source>
        <translation>ファイルがテキストのエクスポートではなくバイナリです</translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation>ファイルに空白しかありません</translation>
    </message>
    <message>
        <source>the file is an HTML or XML page, not an audit-log export (a web page saved instead of the download?)</source>
        <translation>ファイルが監査ログのエクスポートではなく HTML または XML のページです (ダウンロードの代わりにウェブページを保存していませんか?)</translation>
    </message>
</context>
<context>
    <name>SourceSpec</name>
    <message>
        <source>%1 (%2, SHA-256 %3…)</source>
        <translation>%1 (%2、SHA-256 %3…)</translation>
    </message>
    <message>
        <source>no source was named</source>
        <translation>ソースが指定されていません</translation>
    </message>
    <message>
        <source>%1 names more than one source of the case: %2; give its number instead</source>
        <translation>%1 はケースの複数のソースに当てはまります: %2。番号で指定してください</translation>
    </message>
    <message>
        <source>%1: the case holds no source</source>
        <translation>%1: ケースにソースがありません</translation>
    </message>
    <message>
        <source>%1 is not a source of the case (a SHA-256 prefix needs at least %2 hex digits); its sources are %3</source>
        <translation>%1 はケースのソースではありません (SHA-256 の先頭部分は 16 進数で %2 桁以上必要です)。ケースのソース: %3</translation>
    </message>
    <message>
        <source>%1 is not a source of the case; its sources are %2</source>
        <translation>%1 はケースのソースではありません。ケースのソース: %2</translation>
    </message>
</context>
<context>
    <name>StrictYaml</name>
    <message>
        <source>tabs and carriage returns are not allowed</source>
        <translation>タブと復帰文字 (CR) は使えません</translation>
    </message>
    <message>
        <source>a blank line holds spaces</source>
        <translation>空行にスペースがあります</translation>
    </message>
    <message>
        <source>trailing spaces</source>
        <translation>行末にスペースがあります</translation>
    </message>
    <message>
        <source>indentation is not a multiple of two spaces</source>
        <translation>インデントが 2 スペースの倍数ではありません</translation>
    </message>
    <message>
        <source>a quoted value is not closed</source>
        <translation>引用符で囲んだ値が閉じられていません</translation>
    </message>
    <message>
        <source>a quoted value goes on over a line that is empty, not indented deeper than its key, or has trailing spaces</source>
        <translation>引用符で囲んだ値が、空の行、キーより深くインデントされていない行、または行末にスペースのある行に続いています</translation>
    </message>
    <message>
        <source>the escape \%1 is not allowed</source>
        <translation>エスケープ \%1 は使えません</translation>
    </message>
    <message>
        <source>text after a quoted value: &apos;%1&apos;</source>
        <translation>引用符で囲んだ値の後に文字があります: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not a plain value of the subset (quote it): &apos;%1&apos;</source>
        <translation>サブセットの通常の値ではありません (引用符で囲んでください): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a bracketed list must end the line with &apos;]&apos;</source>
        <translation>角かっこのリストは行末を &apos;]&apos; で終える必要があります</translation>
    </message>
    <message>
        <source>list items are separated by &apos;, &apos;</source>
        <translation>リストの項目は &apos;, &apos; で区切ります</translation>
    </message>
    <message>
        <source>empty document</source>
        <translation>文書が空です</translation>
    </message>
    <message>
        <source>the document must start at the left margin</source>
        <translation>文書は左端から始める必要があります</translation>
    </message>
    <message>
        <source>unexpected text</source>
        <translation>予期しないテキストです</translation>
    </message>
    <message>
        <source>one space after &apos;:&apos;</source>
        <translation>&apos;:&apos; の後のスペースは 1 つにしてください</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos; or &apos;key:&apos;</source>
        <translation>&apos;key: value&apos; または &apos;key:&apos; が必要です</translation>
    </message>
    <message>
        <source>not a key of the subset: &apos;%1&apos;</source>
        <translation>サブセットのキーではありません: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation>予期しないインデントです</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice</source>
        <translation>キー &apos;%1&apos; が 2 回現れます</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value or a block indented two more spaces</source>
        <translation>&apos;%1&apos; には値か、さらに 2 スペース深くインデントしたブロックが必要です</translation>
    </message>
    <message>
        <source>one space after &apos;-&apos;</source>
        <translation>&apos;-&apos; の後のスペースは 1 つにしてください</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>ファイルが UTF-8 のテキストではありません</translation>
    </message>
</context>
<context>
    <name>TextSearch</name>
    <message>
        <source>the case lists no source %1</source>
        <translation>ケースにソース %1 はありません</translation>
    </message>
    <message>
        <source>%1 has changed since it was checked</source>
        <translation>%1 は検証後に変更されています</translation>
    </message>
    <message>
        <source>the case gives record offsets outside %1</source>
        <translation>ケースのレコード位置が %1 の範囲外です</translation>
    </message>
    <message>
        <source>%1 is still being checked</source>
        <translation>%1 はまだ検証中です</translation>
    </message>
    <message>
        <source>the cells of %1 cannot be searched (%2)</source>
        <translation>%1 のセルを検索できません (%2)</translation>
    </message>
    <message>
        <source>searched the source files</source>
        <translation>ソースファイルを検索しました</translation>
    </message>
    <message>
        <source>searched the cells kept in the case (slower): %1</source>
        <translation>ケースに保存したセルを検索しました (低速): %1</translation>
    </message>
    <message numerus="yes">
        <source>searched %n source file(s), and the cells kept in the case for the others (slower): %1</source>
        <translation>
            <numerusform>%n 個のソースファイルと、その他はケースに保存したセルを検索しました (低速): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the case file itself</source>
        <translation>%1 はケースファイルそのものです</translation>
    </message>
    <message>
        <source>%1 is no longer there</source>
        <translation>%1 はもうありません</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 を読み取れません (%2)</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 は通常のファイルではありません</translation>
    </message>
    <message>
        <source>%1 has changed since it was imported</source>
        <translation>%1 はインポート後に変更されています</translation>
    </message>
    <message>
        <source>%1 is not the file that was imported (its SHA-256 differs)</source>
        <translation>%1 はインポートしたファイルではありません (SHA-256 が異なります)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
</context>
<context>
    <name>TimestampParser</name>
    <message>
        <source>the time is empty</source>
        <translation>時刻が空です</translation>
    </message>
    <message>
        <source>the date is not YYYY-MM-DD</source>
        <translation>日付が YYYY-MM-DD 形式ではありません</translation>
    </message>
    <message>
        <source>the time of day is not hh:mm:ss</source>
        <translation>時刻が hh:mm:ss 形式ではありません</translation>
    </message>
    <message>
        <source>the date does not exist</source>
        <translation>存在しない日付です</translation>
    </message>
    <message>
        <source>the time of day does not exist</source>
        <translation>存在しない時刻です</translation>
    </message>
    <message>
        <source>a leap second can only be 23:59:60</source>
        <translation>うるう秒は 23:59:60 だけです</translation>
    </message>
    <message>
        <source>more than nine fractional digits</source>
        <translation>小数部が 9 桁を超えています</translation>
    </message>
    <message>
        <source>no digits after the decimal point</source>
        <translation>小数点の後に数字がありません</translation>
    </message>
    <message>
        <source>the time has no zone (Z or an offset)</source>
        <translation>タイムゾーン (Z またはオフセット) がありません</translation>
    </message>
    <message>
        <source>the zone offset is not ±hh:mm</source>
        <translation>タイムゾーンのオフセットが ±hh:mm 形式ではありません</translation>
    </message>
    <message>
        <source>unexpected text after the seconds</source>
        <translation>秒の後に余計な文字があります</translation>
    </message>
    <message>
        <source>unexpected text after the zone</source>
        <translation>タイムゾーンの後に余計な文字があります</translation>
    </message>
    <message>
        <source>the time is outside the years 1678-2262</source>
        <translation>時刻が 1678 年から 2262 年の範囲外です</translation>
    </message>
</context>
<context>
    <name>ViewerStates</name>
    <message>
        <source>unexpected argument %1</source>
        <translation>予期しない引数 %1</translation>
    </message>
</context>
<context>
    <name>auditlens-cli</name>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>earliest time (ISO-8601)</source>
        <translation>最も早い時刻 (ISO-8601)</translation>
    </message>
    <message>
        <source>latest time (ISO-8601)</source>
        <translation>最も遅い時刻 (ISO-8601)</translation>
    </message>
    <message>
        <source>substring of any field</source>
        <translation>任意のフィールドの部分文字列</translation>
    </message>
    <message>
        <source>--success takes true or false</source>
        <translation>--success には true または false を指定してください</translation>
    </message>
    <message>
        <source>--%1 %2: %3</source>
        <translation>--%1 %2: %3</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>ケースファイル</translation>
    </message>
    <message>
        <source>csv, csv-flat, jsonl, html or pdf</source>
        <translation>csv、csv-flat、jsonl、html または pdf</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>書き出すファイル</translation>
    </message>
    <message>
        <source>csv-flat: keep cells that could run as formulas (= + - @ TAB CR, also after spaces or full-width) as they are</source>
        <translation>csv-flat: 数式として実行されうるセル (= + - @ TAB CR で始まるもの。空白の後や全角も含む) をそのまま残す</translation>
    </message>
    <message>
        <source>print the outcome as JSON</source>
        <translation>結果を JSON で出力する</translation>
    </message>
    <message>
        <source>export needs exactly one case</source>
        <translation>export にはケースを 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>--format takes csv, csv-flat, jsonl, html or pdf</source>
        <translation>--format には csv、csv-flat、jsonl、html または pdf を指定してください</translation>
    </message>
    <message>
        <source>export needs --output FILE</source>
        <translation>export には --output FILE が必要です</translation>
    </message>
    <message>
        <source>--no-safe applies to --format csv-flat only (csv keeps every cell as it was read)</source>
        <translation>--no-safe は --format csv-flat でのみ使えます (csv はすべてのセルを読み取ったまま書き出します)</translation>
    </message>
    <message>
        <source>--columns applies to --format csv-flat only</source>
        <translation>--columns は --format csv-flat でのみ使えます</translation>
    </message>
    <message>
        <source>--columns: there is no column %1</source>
        <translation>--columns: 列 %1 はありません</translation>
    </message>
    <message>
        <source>%1: there is no case file here</source>
        <translation>%1: ここにケースファイルはありません</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>エクスポート中</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 / %2 件のイベント</translation>
    </message>
    <message>
        <source>the export was cancelled; no file was written</source>
        <translation>エクスポートはキャンセルされました。ファイルは書き出していません</translation>
    </message>
    <message>
        <source>%1: %2 events, %3 bytes, SHA-256 %4 (%5 ms)
</source>
        <translation>%1: %2 件のイベント、%3 バイト、SHA-256 %4 (%5 ms)
</translation>
    </message>
    <message>
        <source>spreadsheet-safe: %1 cells that could run as formulas prefixed with &apos; (starting, after any spaces, with = + - @ or their full-width forms, or with TAB or CR)
</source>
        <translation>表計算ソフト向け保護: 数式として実行されうる %1 個のセル (空白の後を含め = + - @ またはその全角形、あるいは TAB か CR で始まるもの) の先頭に &apos; を付けました
</translation>
    </message>
    <message>
        <source>spreadsheet-safe mode off: cells written as they are
</source>
        <translation>表計算ソフト向け保護はオフ: セルはそのまま書き出しました
</translation>
    </message>
    <message>
        <source>provenance: %1
</source>
        <translation>来歴: %1
</translation>
    </message>
    <message>
        <source>checksums: %1 (verify with: sha256sum -c %2)
</source>
        <translation>チェックサム: %1 (検証: sha256sum -c %2)
</translation>
    </message>
    <message>
        <source>audit-log exports</source>
        <translation>監査ログのエクスポート</translation>
    </message>
    <message>
        <source>reject records larger than this</source>
        <translation>これより大きいレコードを拒否する</translation>
    </message>
    <message>
        <source>import needs a case and at least one source</source>
        <translation>import にはケースと 1 つ以上のソースが必要です</translation>
    </message>
    <message>
        <source>--max-record-bytes takes a number of bytes, at least 1024</source>
        <translation>--max-record-bytes には 1024 以上のバイト数を指定してください</translation>
    </message>
    <message>
        <source>%1 records  %2 problems</source>
        <translation>%1 レコード  %2 件の問題</translation>
    </message>
    <message>
        <source>%1: %2 records, %3 imported, %4 rejected, %5 flagged, %6 blank lines (%7 bytes, SHA-256 %8, %9 ms)
</source>
        <translation>%1: %2 レコード、インポート %3、拒否 %4、フラグ %5、空行 %6 (%7 バイト、SHA-256 %8、%9 ms)
</translation>
    </message>
    <message>
        <source>case: %1 duplicate ids (%2 extra copies, %3 conflicting)
</source>
        <translation>ケース: 重複 ID %1 件 (余分なコピー %2 件、食い違い %3 件)
</translation>
    </message>
    <message>
        <source>  line %1: %2 (%3): %4
</source>
        <translation>  %1 行目: %2 (%3): %4
</translation>
    </message>
    <message>
        <source>  ... and %1 more problems: auditlens-cli problems %2
</source>
        <translation>  ... ほか %1 件の問題: auditlens-cli problems %2
</translation>
    </message>
    <message>
        <source>print the number of matching events</source>
        <translation>一致するイベントの件数を出力する</translation>
    </message>
    <message>
        <source>table, csv or jsonl</source>
        <translation>table、csv または jsonl</translation>
    </message>
    <message>
        <source>at most N events</source>
        <translation>最大 N 件のイベント</translation>
    </message>
    <message>
        <source>query needs exactly one case</source>
        <translation>query にはケースを 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>query takes either --count or --format</source>
        <translation>query には --count か --format のどちらかを指定してください</translation>
    </message>
    <message>
        <source>--format takes table, csv or jsonl</source>
        <translation>--format には table、csv または jsonl を指定してください</translation>
    </message>
    <message>
        <source>--limit takes a whole number</source>
        <translation>--limit には整数を指定してください</translation>
    </message>
    <message>
        <source>print as JSON</source>
        <translation>JSON で出力する</translation>
    </message>
    <message>
        <source>stats needs exactly one case</source>
        <translation>stats にはケースを 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>events: %1 (%2 records read, %3 rejected, %4 blank lines)
</source>
        <translation>イベント: %1 (読み取ったレコード %2、拒否 %3、空行 %4)
</translation>
    </message>
    <message>
        <source>flagged: %1 events (%2 problems)
</source>
        <translation>フラグあり: %1 件のイベント (問題 %2 件)
</translation>
    </message>
    <message>
        <source>ids: %1 unique, %2 duplicated (%3 extra copies, %4 conflicting)
</source>
        <translation>ID: 一意 %1、重複 %2 (余分なコピー %3、食い違い %4)
</translation>
    </message>
    <message>
        <source>success: %1 true, %2 false
</source>
        <translation>成否: true %1、false %2
</translation>
    </message>
    <message>
        <source>time: %1 .. %2
</source>
        <translation>時刻: %1 .. %2
</translation>
    </message>
    <message>
        <source>source %1: %2 (%3 bytes, SHA-256 %4, %5)
</source>
        <translation>ソース %1: %2 (%3 バイト、SHA-256 %4、%5)
</translation>
    </message>
    <message>
        <source>actions:
</source>
        <translation>アクション:
</translation>
    </message>
    <message>
        <source>problems needs exactly one case</source>
        <translation>problems にはケースを 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>不明なコマンド %1</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>エラー: %1
</translation>
    </message>
    <message>
        <source>%1: already in the case as source %2 (SHA-256 %3); nothing imported
</source>
        <translation>%1: すでにソース %2 としてケースにあります (SHA-256 %3)。何もインポートしていません
</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>FIRST (UTC)</source>
        <translation>最初 (UTC)</translation>
    </message>
    <message>
        <source>LAST (UTC)</source>
        <translation>最後 (UTC)</translation>
    </message>
    <message>
        <source>SHARED EXACT</source>
        <translation>共有 (完全一致)</translation>
    </message>
    <message>
        <source>SHARED CONFLICTING</source>
        <translation>共有 (矛盾)</translation>
    </message>
    <message>
        <source>     %1
     %2 records, %3 bytes, SHA-256 %4, imported %5
</source>
        <translation>     %1
     %2 レコード、%3 バイト、SHA-256 %4、インポート %5
</translation>
    </message>
    <message>
        <source>The case holds no source.
</source>
        <translation>ケースにソースがありません。
</translation>
    </message>
    <message>
        <source>Every day between the earliest and the latest event is covered by a source.
</source>
        <translation>最初と最後のイベントの間のすべての日がいずれかのソースに含まれています。
</translation>
    </message>
    <message>
        <source>Gap: no source covers %1 (a whole UTC day).
</source>
        <translation>欠落: %1 (UTC の丸 1 日) を含むソースはありません。
</translation>
    </message>
    <message>
        <source>Gap: no source covers %1 to %2 (%3 whole UTC days).
</source>
        <translation>欠落: %1 から %2 (UTC の丸 %3 日) を含むソースはありません。
</translation>
    </message>
    <message>
        <source>sources needs exactly one case</source>
        <translation>sources にはケースを 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>its number in sources, its path, file name or SHA-256 prefix</source>
        <translation>sources での番号、パス、ファイル名、または SHA-256 の先頭部分</translation>
    </message>
    <message>
        <source>remove-source needs a case and one source</source>
        <translation>remove-source にはケースとソースを 1 つ指定してください</translation>
    </message>
    <message>
        <source>removed source %1: %2 (SHA-256 %3): %4 events and %5 problems
</source>
        <translation>ソース %1 を削除しました: %2 (SHA-256 %3): イベント %4 件、問題 %5 件
</translation>
    </message>
    <message>
        <source>case: %1 sources left, %2 duplicate ids (%3 extra copies, %4 conflicting)
</source>
        <translation>ケース: 残りのソース %1 件、重複 ID %2 件 (余分なコピー %3 件、矛盾 %4 件)
</translation>
    </message>
    <message>
        <source>--%1 %2: not an IP address or a CIDR block (such as 10.0.0.0/8 or 2001:db8::/32)</source>
        <translation>--%1 %2: IP アドレスでも CIDR ブロック (10.0.0.0/8 や 2001:db8::/32 など) でもありません</translation>
    </message>
    <message>
        <source>See man auditlens-cli for every option.
</source>
        <translation>すべてのオプションは man auditlens-cli を参照してください。
</translation>
    </message>
    <message>
        <source>the column mapping %1 cannot be read: %2</source>
        <translation>列の対応付け %1 を読めません: %2</translation>
    </message>
    <message>
        <source>the column mapping %1 is larger than 1 MiB</source>
        <translation>列の対応付け %1 が 1 MiB を超えています</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>which column of each CSV source fills which audit field (JSON sources ignore it)</source>
        <translation>各 CSV ソースのどの列がどの監査フィールドを埋めるか (JSON ソースでは無視)</translation>
    </message>
    <message>
        <source>who makes the change (default: the OS user name)</source>
        <translation>変更する人 (既定: OS のユーザー名)</translation>
    </message>
    <message>
        <source>take the annotation away</source>
        <translation>注釈を取り除く</translation>
    </message>
    <message>
        <source>--author takes a name</source>
        <translation>--author には名前を指定します</translation>
    </message>
    <message>
        <source>seq %1 (%2)</source>
        <translation>seq %1 (%2)</translation>
    </message>
    <message>
        <source>%1, not in the case</source>
        <translation>%1 (ケースにありません)</translation>
    </message>
    <message>
        <source>the tag&apos;s name</source>
        <translation>タグの名前</translation>
    </message>
    <message>
        <source>the tag&apos;s colour</source>
        <translation>タグの色</translation>
    </message>
    <message>
        <source>what the tag means</source>
        <translation>タグの意味</translation>
    </message>
    <message>
        <source>tag needs a case and one tag</source>
        <translation>tag にはケースとタグを 1 つ指定します</translation>
    </message>
    <message>
        <source>--remove takes no --color or --description</source>
        <translation>--remove には --color や --description を指定できません</translation>
    </message>
    <message>
        <source>--color takes #RRGGBB, such as #D32F2F</source>
        <translation>--color には #D32F2F のような #RRGGBB を指定します</translation>
    </message>
    <message>
        <source>created tag %1
</source>
        <translation>タグ %1 を作成しました
</translation>
    </message>
    <message>
        <source>untagged %1 events
</source>
        <translation>%1 件のイベントからタグを外しました
</translation>
    </message>
    <message>
        <source>tagged %1 events
</source>
        <translation>%1 件のイベントにタグを付けました
</translation>
    </message>
    <message>
        <source>star needs exactly one case</source>
        <translation>star にはケースを 1 つだけ指定します</translation>
    </message>
    <message>
        <source>unstarred %1 events
</source>
        <translation>%1 件のイベントのスターを外しました
</translation>
    </message>
    <message>
        <source>starred %1 events
</source>
        <translation>%1 件のイベントにスターを付けました
</translation>
    </message>
    <message>
        <source>the note (Markdown)</source>
        <translation>メモ (Markdown)</translation>
    </message>
    <message>
        <source>a note on the whole case</source>
        <translation>ケース全体へのメモ</translation>
    </message>
    <message>
        <source>a note on every event with this id</source>
        <translation>この ID を持つすべてのイベントへのメモ</translation>
    </message>
    <message>
        <source>a note on the event with this seq (query --format jsonl)</source>
        <translation>この seq のイベントへのメモ (query --format jsonl)</translation>
    </message>
    <message>
        <source>note needs a case and the note&apos;s text</source>
        <translation>note にはケースとメモの本文を指定します</translation>
    </message>
    <message>
        <source>note takes one of --case, --id or --seq</source>
        <translation>note には --case、--id、--seq のいずれか 1 つを指定します</translation>
    </message>
    <message>
        <source>--seq takes a whole number from 1</source>
        <translation>--seq には 1 以上の整数を指定します</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>メモが空です</translation>
    </message>
    <message>
        <source>removed the case note
</source>
        <translation>ケースのメモを削除しました
</translation>
    </message>
    <message>
        <source>there was no case note by %1
</source>
        <translation>%1 によるケースのメモはありませんでした
</translation>
    </message>
    <message>
        <source>noted the case
</source>
        <translation>ケースにメモを付けました
</translation>
    </message>
    <message>
        <source>the case has no event with id %1</source>
        <translation>ケースに ID %1 のイベントはありません</translation>
    </message>
    <message>
        <source>the case has no event with seq %1</source>
        <translation>ケースに seq %1 のイベントはありません</translation>
    </message>
    <message>
        <source>unnoted %1 events
</source>
        <translation>%1 件のイベントからメモを外しました
</translation>
    </message>
    <message>
        <source>noted %1 events
</source>
        <translation>%1 件のイベントにメモを付けました
</translation>
    </message>
    <message>
        <source>tags:
</source>
        <translation>タグ:
</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 件のイベント</translation>
    </message>
    <message>
        <source>stars: %1
</source>
        <translation>スター: %1
</translation>
    </message>
    <message>
        <source>  %1, by %2 at %3
</source>
        <translation>  %1 (%2、%3)
</translation>
    </message>
    <message>
        <source>notes: %1
</source>
        <translation>メモ: %1
</translation>
    </message>
    <message>
        <source>  %1, by %2 at %3: %4
</source>
        <translation>  %1 (%2、%3): %4
</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>log: %1 changes
</source>
        <translation>記録: %1 件の変更
</translation>
    </message>
    <message>
        <source>  %1  %2  %3  %4 %5 (%6 events)
</source>
        <translation>  %1  %2  %3  %4 %5 (%6 件のイベント)
</translation>
    </message>
    <message>
        <source>annotations needs exactly one case</source>
        <translation>annotations にはケースを 1 つだけ指定します</translation>
    </message>
    <message>
        <source>a saved view&apos;s filter</source>
        <translation>保存したビューのフィルター</translation>
    </message>
    <message>
        <source>--view takes one view</source>
        <translation>--view にはビューを 1 つ指定します</translation>
    </message>
    <message>
        <source>the case has no view named %1 (view list shows them)</source>
        <translation>ケースに %1 という名前のビューはありません (view list で一覧できます)</translation>
    </message>
    <message>
        <source>no saved views
</source>
        <translation>保存したビューはありません
</translation>
    </message>
    <message>
        <source>%1  by %2 at %3: %4
</source>
        <translation>%1  (%2、%3): %4
</translation>
    </message>
    <message>
        <source>(every event)</source>
        <translation>(すべてのイベント)</translation>
    </message>
    <message>
        <source>save, list or delete</source>
        <translation>save、list、delete のいずれか</translation>
    </message>
    <message>
        <source>the view&apos;s name</source>
        <translation>ビューの名前</translation>
    </message>
    <message>
        <source>view takes save, list or delete</source>
        <translation>view には save、list、delete のいずれかを指定します</translation>
    </message>
    <message>
        <source>view list needs exactly one case</source>
        <translation>view list にはケースを 1 つだけ指定します</translation>
    </message>
    <message>
        <source>view %1 needs a case and a view&apos;s name</source>
        <translation>view %1 にはケースとビューの名前を指定します</translation>
    </message>
    <message>
        <source>view %1 takes no filter</source>
        <translation>view %1 にはフィルターを指定できません</translation>
    </message>
    <message>
        <source>view list takes no --author</source>
        <translation>view list には --author を指定できません</translation>
    </message>
    <message>
        <source>view %1 takes no --json</source>
        <translation>view %1 には --json を指定できません</translation>
    </message>
    <message>
        <source>%1: a view name is 1 to 64 characters, without control characters or spaces at either end</source>
        <translation>%1: ビュー名は 1～64 文字で、制御文字や先頭・末尾の空白は使えません</translation>
    </message>
    <message>
        <source>the case has no view named %1</source>
        <translation>ケースに %1 という名前のビューはありません</translation>
    </message>
    <message>
        <source>saved view %1
</source>
        <translation>ビュー %1 を保存しました
</translation>
    </message>
    <message>
        <source>deleted view %1
</source>
        <translation>ビュー %1 を削除しました
</translation>
    </message>
    <message>
        <source>csv-flat: the columns to write, comma-separated, of: %1 (without it, all but the annotations: tags, starred, notes)</source>
        <translation>csv-flat: 書き出す列 (カンマ区切り)。次から選択: %1 (指定しなければ注釈の列 tags, starred, notes 以外のすべて)</translation>
    </message>
    <message>
        <source>csv, jsonl: leave out the analyst&apos;s tags, stars and notes</source>
        <translation>csv, jsonl: 分析者のタグ・スター・メモを含めない</translation>
    </message>
    <message>
        <source>--no-annotations applies to --format csv and jsonl only (csv-flat writes annotations only in the columns --columns names)</source>
        <translation>--no-annotations は --format csv と jsonl にのみ使えます (csv-flat は --columns で指定した列にだけ注釈を書き出します)</translation>
    </message>
    <message>
        <source>%1: a tag name is 1 to 64 characters, without control characters or spaces at either end, and not * (a filter&apos;s &quot;any tag&quot;)</source>
        <translation>%1: タグ名は 1～64 文字で、制御文字や先頭・末尾の空白は使えず、* (フィルターの「任意のタグ」) にもできません</translation>
    </message>
    <message>
        <source>leave out events of this --%1</source>
        <translation>この --%1 のイベントを除外</translation>
    </message>
    <message>
        <source>any, exact, conflicting, none or collapse</source>
        <translation>any、exact、conflicting、none または collapse</translation>
    </message>
    <message>
        <source>--duplicates takes any, exact, conflicting, none or collapse</source>
        <translation>--duplicates には any、exact、conflicting、none または collapse を指定してください</translation>
    </message>
    <message>
        <source>only the events that carry a tag, a star or a note (and match the FILTER); html, pdf: the findings report</source>
        <translation>タグ、スター、メモのいずれかがあり (FILTER に一致する) イベントのみ。html、pdf: 調査結果レポート</translation>
    </message>
    <message>
        <source>a value in a JSON cell: payload.project.slug=gh/acme/api</source>
        <translation>JSON セル内の値: payload.project.slug=gh/acme/api</translation>
    </message>
    <message>
        <source>leave out events with this --json-path value</source>
        <translation>この --json-path の値を持つイベントを除外</translation>
    </message>
    <message>
        <source>catalogue takes no argument</source>
        <translation>catalogue は引数を取りません</translation>
    </message>
    <message>
        <source>the shipped action catalogue is empty</source>
        <translation>同梱のアクションカタログが空です</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>HITS</source>
        <translation>ヒット</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>No rule is enabled.
</source>
        <translation>有効なルールがありません。
</translation>
    </message>
    <message>
        <source>a rules file to use instead of the shipped rules</source>
        <translation>同梱のルールの代わりに使うルールファイル</translation>
    </message>
    <message>
        <source>findings needs exactly one case</source>
        <translation>findings にはケースをちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>%1: restored annotations on %2 events
</source>
        <translation>%1: %2 件のイベントの注釈を復元しました
</translation>
    </message>
    <message>
        <source>usage:
  auditlens-cli import CASE SOURCE... [--json] [--max-record-bytes N] [--map FILE.json]
                [--author NAME]
                (--map: which column of each CSV source fills which field, as in
                {&quot;columns&quot;: {&quot;occurred_at&quot;: &quot;When&quot;, &quot;id&quot;: &quot;Event ID&quot;}};
                JSON sources ignore it. The tags, stars and notes of an AuditLens
                JSON Lines export come back with its events, the tags and stars
                as --author&apos;s)
  auditlens-cli query CASE [FILTER...] (--count | --format table|csv|jsonl) [--limit N]
  auditlens-cli stats CASE [--json]
  auditlens-cli problems CASE [--json]
  auditlens-cli sources CASE [--json]
  auditlens-cli remove-source CASE SOURCE [--json]
  auditlens-cli export CASE --format csv|csv-flat|jsonl|html|pdf --output FILE [FILTER...]
                [--no-safe] [--columns LIST] [--no-annotations] [--annotated] [--json]
  auditlens-cli tag CASE TAG [FILTER...] [--remove] [--color #RRGGBB] [--description TEXT]
                [--author NAME]
  auditlens-cli star CASE [FILTER...] [--remove] [--author NAME]
  auditlens-cli note CASE (--case | --id EVENT_ID | --seq N) [--remove] [TEXT] [--author NAME]
  auditlens-cli annotations CASE [--json]
  auditlens-cli view save CASE NAME [FILTER...] [--author NAME]
  auditlens-cli view list CASE [--json]
  auditlens-cli view delete CASE NAME [--author NAME]
  auditlens-cli catalogue [--json]
  auditlens-cli findings CASE [--json] [--rules FILE]
                (--rules: a rules file that replaces the shipped rules for this run)
  auditlens-cli rules (CASE | --default) [--json] [--disable ID] [--enable ID]
                [--set ID PARAM=VALUE] [--reset ID] [--author NAME]
                (the findings rules with where each setting came from: shipped, your
                default or the case; the changes repeat, apply together, and refresh
                the case&apos;s findings; a list value is written A,B,C)
FILTER: --action A (repeatable, OR; context.* matches a family; - and . are one separator)
        --actor X  --target X  --scope X  --org X  --account X (id or name, repeatable)
        --ip ADDR|CIDR (repeatable; 10.0.0.0/8, 2001:db8::/32)  --request ID  --source SOURCE
        --success true|false  --from TIME  --to TIME (ISO-8601, both inclusive)
        --text S (substring of any field, payload included)  --duplicates any|exact|conflicting|none
        --json-path PATH=VALUE (a value in a JSON cell, as in payload.project.slug=gh/acme/api;
        repeatable, each must hold)  --not-json-path PATH=VALUE
        --view NAME (a saved view&apos;s filter; the other options add to it)
        --finding RULE_ID (repeatable, OR; the hits of a findings rule, * for any)
</source>
        <translation>使い方:
  auditlens-cli import CASE SOURCE... [--json] [--max-record-bytes N] [--map FILE.json]
                [--author NAME]
                (--map: 各 CSV ソースのどの列がどのフィールドを埋めるか。例:
                {&quot;columns&quot;: {&quot;occurred_at&quot;: &quot;When&quot;, &quot;id&quot;: &quot;Event ID&quot;}}。
                JSON ソースでは無視されます。AuditLens の JSON Lines エクスポートの
                タグ・スター・メモはイベントとともに戻り、タグとスターは --author のものに
                なります)
  auditlens-cli query CASE [FILTER...] (--count | --format table|csv|jsonl) [--limit N]
  auditlens-cli stats CASE [--json]
  auditlens-cli problems CASE [--json]
  auditlens-cli sources CASE [--json]
  auditlens-cli remove-source CASE SOURCE [--json]
  auditlens-cli export CASE --format csv|csv-flat|jsonl|html|pdf --output FILE [FILTER...]
                [--no-safe] [--columns LIST] [--no-annotations] [--annotated] [--json]
  auditlens-cli tag CASE TAG [FILTER...] [--remove] [--color #RRGGBB] [--description TEXT]
                [--author NAME]
  auditlens-cli star CASE [FILTER...] [--remove] [--author NAME]
  auditlens-cli note CASE (--case | --id EVENT_ID | --seq N) [--remove] [TEXT] [--author NAME]
  auditlens-cli annotations CASE [--json]
  auditlens-cli view save CASE NAME [FILTER...] [--author NAME]
  auditlens-cli view list CASE [--json]
  auditlens-cli view delete CASE NAME [--author NAME]
  auditlens-cli catalogue [--json]
  auditlens-cli findings CASE [--json] [--rules FILE]
                (--rules: この実行に限り同梱のルールの代わりに使うルールファイル)
  auditlens-cli rules (CASE | --default) [--json] [--disable ID] [--enable ID]
                [--set ID PARAM=VALUE] [--reset ID] [--author NAME]
                (検出ルールと、各設定の出どころ: 同梱、あなたの既定、またはケース。
                変更は繰り返し指定でき、まとめて適用され、ケースの検出結果を
                更新します。リストの値は A,B,C と書きます)
FILTER: --action A (複数指定で OR。context.* はファミリー全体に一致。- と . は同じ区切り)
        --actor X  --target X  --scope X  --org X  --account X (ID または名前、複数指定可)
        --ip ADDR|CIDR (複数指定可。10.0.0.0/8、2001:db8::/32)  --request ID  --source SOURCE
        --success true|false  --from TIME  --to TIME (ISO-8601、両端を含む)
        --text S (ペイロードを含む任意のフィールドの部分文字列)  --duplicates any|exact|conflicting|none
        --json-path PATH=VALUE (JSON セル内の値。例: payload.project.slug=gh/acme/api。
        複数指定可、すべてが成り立つこと)  --not-json-path PATH=VALUE
        --view NAME (保存したビューのフィルター。他のオプションはそれに加わります)
        --finding RULE_ID (繰り返し可、OR。検出ルールのヒット。* はいずれかのルール)
</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>%1 takes a rule id</source>
        <translation>%1 にはルール ID を指定します</translation>
    </message>
    <message>
        <source>--set takes a rule id and PARAM=VALUE</source>
        <translation>--set にはルール ID と PARAM=VALUE を指定します</translation>
    </message>
    <message>
        <source>your default settings instead of a case&apos;s</source>
        <translation>ケースの設定の代わりにあなたの既定の設定</translation>
    </message>
    <message>
        <source>rules needs exactly one case, or --default</source>
        <translation>rules にはケースを 1 つだけ、または --default を指定します</translation>
    </message>
</context>
<context>
    <name>auditlens::ActorTimeline</name>
    <message>
        <source>A lane per actor, the busiest under the filter or those the actor filter names; a tick per time bucket with events, taller and redder the more sensitive its actions, a diamond above it when one has a finding. Up and Down move between lanes, Left and Right between ticks, Enter selects the tick&apos;s event; drag across to narrow the time range</source>
        <translation>アクターごとのレーン（フィルター下で最も多いアクター、またはアクター フィルターが指定したアクター）。イベントのある時間区間ごとに目盛りがあり、操作の機密度が高いほど高く赤く表示され、検出結果を含むときは上にひし形が付きます。上下キーでレーン間、左右キーで目盛り間を移動し、Enter で目盛りのイベントを選択します。ドラッグすると時間範囲を絞り込みます</translation>
    </message>
    <message>
        <source>Actor timeline</source>
        <translation>アクター タイムライン</translation>
    </message>
    <message>
        <source>Select the Tick&apos;s Event</source>
        <translation>目盛りのイベントを選択</translation>
    </message>
    <message>
        <source>Show in the table the event of the tick chosen with the arrow keys</source>
        <translation>矢印キーで選んだ目盛りのイベントを表に表示します</translation>
    </message>
    <message>
        <source>No actor under this filter</source>
        <translation>このフィルターにはアクターがいません</translation>
    </message>
    <message numerus="yes">
        <source>The %n actor(s) the filter names</source>
        <translation>
            <numerusform>フィルターが指定した %n 人のアクター</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The busiest %1 of %n actor(s) under the filter</source>
        <translation>
            <numerusform>フィルター下の %n 人のアクターのうち最も多い %1 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s): %1 high, %2 medium, %3 low sensitivity</source>
        <translation>
            <numerusform>%n 件のイベント: 機密度 高 %1、中 %2、低 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a finding</source>
        <translation>
            <numerusform>うち %n 件に検出結果</numerusform>
        </translation>
    </message>
    <message>
        <source>Click or Enter selects: %1</source>
        <translation>クリックまたは Enter で選択: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) under the filter</source>
        <translation>
            <numerusform>%1: フィルター下で %n 件のイベント</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>auditlens::CalendarButton</name>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Pick a day with the arrow keys and Enter, or a click</source>
        <translation>矢印キーと Enter、またはクリックで日付を選択します</translation>
    </message>
</context>
<context>
    <name>auditlens::CaseImports</name>
    <message>
        <source>Audit-log exports (*.csv *.jsonl *.json);;CSV exports (*.csv);;JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>監査ログのエクスポート (*.csv *.jsonl *.json);;CSV エクスポート (*.csv);;JSON Lines (*.jsonl *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1. Open an audit-log export (CSV, JSON Lines) or a case inside it.</source>
        <translation>%1。その中の監査ログのエクスポート (CSV、JSON Lines) またはケースを開いてください。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み取れません。</translation>
    </message>
    <message>
        <source>Open an Audit Log or a Case</source>
        <translation>監査ログまたはケースを開く</translation>
    </message>
    <message>
        <source>Audit logs and cases (*.csv *.jsonl *.json *.auditlens);;CSV exports (*.csv);;JSON Lines (*.jsonl *.json);;AuditLens cases (*.auditlens);;All files (*)</source>
        <translation>監査ログとケース (*.csv *.jsonl *.json *.auditlens);;CSV エクスポート (*.csv);;JSON Lines (*.jsonl *.json);;AuditLens ケース (*.auditlens);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The sample audit log could not be written to the application&apos;s data folder.</source>
        <translation>サンプルの監査ログをアプリケーションのデータフォルダーに書き込めませんでした。</translation>
    </message>
    <message>
        <source>Where AuditLens Keeps the Cases It Makes</source>
        <translation>AuditLens が作成するケースの保存先</translation>
    </message>
    <message>
        <source>Add Exports to the Case</source>
        <translation>ケースにエクスポートを追加</translation>
    </message>
    <message>
        <source>An import is still running. Wait for it or cancel it first.</source>
        <translation>インポートがまだ実行中です。終わるまで待つか、先にキャンセルしてください。</translation>
    </message>
    <message>
        <source>%1 is a case: open it on its own. Several exports open together as one new case.</source>
        <translation>%1 はケースです。単独で開いてください。複数のエクスポートはまとめて 1 つの新しいケースとして開きます。</translation>
    </message>
    <message>
        <source>Open a case first; the exports are added to it.</source>
        <translation>先にケースを開いてください。エクスポートはそのケースに追加されます。</translation>
    </message>
    <message>
        <source>%1 is a case, not an export: only exports can be added to a case.</source>
        <translation>%1 はエクスポートではなくケースです。ケースに追加できるのはエクスポートだけです。</translation>
    </message>
    <message>
        <source>Add to This Case?</source>
        <translation>このケースに追加しますか?</translation>
    </message>
    <message>
        <source>Add %1 to the open case, or open it as a new case?</source>
        <translation>%1 を開いているケースに追加しますか、それとも新しいケースとして開きますか?</translation>
    </message>
    <message numerus="yes">
        <source>Add these %n exports to the open case, or open them as a new case?</source>
        <translation>
            <numerusform>これら %n 個のエクスポートを開いているケースに追加しますか、それとも新しいケースとして開きますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add to This Case</source>
        <translation>このケースに追加(&amp;A)</translation>
    </message>
    <message>
        <source>Open as a &amp;New Case</source>
        <translation>新しいケースとして開く(&amp;N)</translation>
    </message>
</context>
<context>
    <name>auditlens::CaseListModel</name>
    <message>
        <source>no exports</source>
        <translation>エクスポートなし</translation>
    </message>
    <message>
        <source>%1 exports: %2</source>
        <translation>%1 件のエクスポート: %2</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>cases folder</source>
        <translation>ケースフォルダー</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Size on Disk</source>
        <translation>ディスク上のサイズ</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
</context>
<context>
    <name>auditlens::CasesDialog</name>
    <message>
        <source>Cases</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>One row per case; Enter opens it, Delete deletes it (asks first)</source>
        <translation>ケースごとに 1 行。Enter で開き、Delete で削除します(先に確認します)</translation>
    </message>
    <message>
        <source>Cases are kept in %1. Deleting a case never touches the exports it was made from.</source>
        <translation>ケースは %1 に保存されます。ケースを削除しても、その元になったエクスポートには一切触れません。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>フォルダーを表示(&amp;F)</translation>
    </message>
    <message>
        <source>Open the cases folder in the file manager</source>
        <translation>ケースフォルダーをファイルマネージャーで開く</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>ケースを読み込んでいます…</translation>
    </message>
    <message>
        <source>There are no cases yet: opening an export makes one.</source>
        <translation>ケースはまだありません。エクスポートを開くとケースが作られます。</translation>
    </message>
    <message>
        <source>1 case, %1 on disk</source>
        <translation>1 件のケース、ディスク上 %1</translation>
    </message>
    <message>
        <source>%1 cases, %2 on disk</source>
        <translation>%1 件のケース、ディスク上 %2</translation>
    </message>
    <message>
        <source>This case is open in the window: close it first</source>
        <translation>このケースはウィンドウで開いています。先に閉じてください</translation>
    </message>
    <message>
        <source>Delete the selected case (asks first)</source>
        <translation>選択したケースを削除する(先に確認します)</translation>
    </message>
    <message>
        <source>%1 is open in the window: close it before deleting it.</source>
        <translation>%1 はウィンドウで開いています。削除する前に閉じてください。</translation>
    </message>
    <message>
        <source>Delete the case %1? Its %2 events and everything kept with them are deleted (%3 on disk). The exports it was made from are not touched.</source>
        <translation>ケース %1 を削除しますか? その %2 件のイベントと、それとともに保存されたものすべてが削除されます(ディスク上 %3)。元になったエクスポートには触れません。</translation>
    </message>
    <message>
        <source>Delete the case %1 (%2), which cannot be read? The exports it was made from are not touched.</source>
        <translation>読み込めないケース %1 (%2) を削除しますか? 元になったエクスポートには触れません。</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>ケースを削除</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
</context>
<context>
    <name>auditlens::ColumnMapDialog</name>
    <message>
        <source>Which Column Is Which?</source>
        <translation>どの列がどのフィールド?</translation>
    </message>
    <message>
        <source>The header of %1 does not name every field AuditLens needs. Choose which of its columns fills each field; fields marked * are required. The file itself is not changed.</source>
        <translation>%1 のヘッダーには AuditLens が必要とするフィールドの名前がそろっていません。各フィールドをどの列が埋めるかを選んでください。* の付いたフィールドは必須です。ファイル自体は変更されません。</translation>
    </message>
    <message>
        <source>The file&apos;s first records</source>
        <translation>ファイルの先頭のレコード</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(列を選択)</translation>
    </message>
    <message>
        <source>not in this file</source>
        <translation>このファイルにはない</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (必須)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>まだ足りないフィールド: %1。</translation>
    </message>
    <message>
        <source>%1 and %2 both take the column %3; a column fills one field.</source>
        <translation>%1 と %2 が両方とも列 %3 を使っています。1 つの列が埋めるのは 1 つのフィールドです。</translation>
    </message>
    <message>
        <source>Every required field has a column.</source>
        <translation>必須フィールドはすべて列が決まっています。</translation>
    </message>
</context>
<context>
    <name>auditlens::CoverageStrip</name>
    <message>
        <source>Coverage of the sources</source>
        <translation>ソースのカバー範囲</translation>
    </message>
    <message>
        <source>No source covers %1 (a whole UTC day): no events can be seen there.</source>
        <translation>%1 (UTC の丸 1 日) をカバーするソースはありません。この日のイベントは見えません。</translation>
    </message>
    <message>
        <source>No source covers %1 to %2 (%3 whole UTC days): no events can be seen there.</source>
        <translation>%1 から %2 (UTC の丸 %3 日) をカバーするソースはありません。この期間のイベントは見えません。</translation>
    </message>
    <message>
        <source>No source with a time</source>
        <translation>時刻のあるソースはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) no source covers</source>
        <translation>
            <numerusform>どのソースもカバーしていない日: %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to filter to these days.</source>
        <translation>クリックするとこの期間で絞り込みます。</translation>
    </message>
    <message>
        <source>Source %1: %2
%3 to %4</source>
        <translation>ソース %1: %2
%3 から %4</translation>
    </message>
</context>
<context>
    <name>auditlens::DetailPane</name>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Views of the JSON columns</source>
        <translation>JSON 列の表示</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Event fields</source>
        <translation>イベントのフィールド</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>値をコピー</translation>
    </message>
    <message>
        <source>JSON columns</source>
        <translation>JSON 列</translation>
    </message>
    <message>
        <source>Raw text of the JSON columns</source>
        <translation>JSON 列の生テキスト</translation>
    </message>
    <message>
        <source>Copies of this id side by side</source>
        <translation>この ID のコピーを並べて表示</translation>
    </message>
    <message>
        <source>What differs between the copies</source>
        <translation>コピー間の相違点</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>ツリー</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>生データ</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>イベントが選択されていません</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>イベント %1</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(ID なし)</translation>
    </message>
    <message>
        <source>(no time)</source>
        <translation>(時刻なし)</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>occurred_at as written</source>
        <translation>occurred_at (記載どおり)</translation>
    </message>
    <message>
        <source>action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <source>target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成否</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>読み取り不能: %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>request id</source>
        <translation>リクエスト ID</translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation>重複</translation>
    </message>
    <message numerus="yes">
        <source>%n copies of this id; they differ</source>
        <translation>
            <numerusform>この ID のコピーが %n 件あり、内容が異なります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical copies of this id</source>
        <translation>
            <numerusform>この ID の同一コピーが %n 件あります</numerusform>
        </translation>
    </message>
    <message>
        <source>problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>flagged on import: see the Problems view</source>
        <translation>インポート時にフラグ付け: 問題ビューを参照してください</translation>
    </message>
    <message>
        <source>other columns</source>
        <translation>その他の列</translation>
    </message>
    <message>
        <source>(no such column)</source>
        <translation>(その列はありません)</translation>
    </message>
    <message numerus="yes">
        <source>Copies (%1, %n differ)</source>
        <translation>
            <numerusform>コピー (%1 件、%n か所が相違)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies (%1, identical)</source>
        <translation>コピー (%1 件、同一)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Differ: %1</source>
        <translation>相違: %1</translation>
    </message>
    <message>
        <source>The copies are identical apart from where they were read.</source>
        <translation>コピーは読み取られた場所以外は同一です。</translation>
    </message>
    <message>
        <source>%1, line %2 (byte %3)</source>
        <translation>%1、%2 行目 (%3 バイト目)</translation>
    </message>
    <message>
        <source>the column %1 of the header, again (number %2 of that name)</source>
        <translation>ヘッダーの列 %1 (同名の %2 番目)</translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>Same Request</source>
        <translation>同じリクエスト</translation>
    </message>
    <message>
        <source>Show every event of this event&apos;s request, whatever the filter (Ctrl+Shift+R; Back (Alt+Left) brings the filter back)</source>
        <translation>フィルターに関係なく、このイベントのリクエストのイベントをすべて表示します(Ctrl+Shift+R。戻る (Alt+Left) でフィルターが戻ります)</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>client trace id</source>
        <translation>クライアントトレース ID</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Filter to This Value</source>
        <translation>この値で絞り込む</translation>
    </message>
    <message>
        <source>Exclude This Value</source>
        <translation>この値を除外</translation>
    </message>
    <message>
        <source>Stars, tags and notes</source>
        <translation>スター、タグ、メモ</translation>
    </message>
    <message>
        <source>★ Starred by %1 at %2</source>
        <translation>★ %1 が %2 にスターを付けました</translation>
    </message>
    <message>
        <source>Note by %1 at %2</source>
        <translation>%1 のメモ（%2）</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ スター付き</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ スター</translation>
    </message>
    <message>
        <source>Edit the star, tags and note</source>
        <translation>スター、タグ、メモの編集</translation>
    </message>
    <message>
        <source>Star this event</source>
        <translation>このイベントにスターを付ける</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>タグを追加…</translation>
    </message>
    <message>
        <source>Add a tag to this event</source>
        <translation>このイベントにタグを追加</translation>
    </message>
    <message>
        <source>Your note on this event (Markdown)</source>
        <translation>このイベントへのあなたのメモ（Markdown）</translation>
    </message>
    <message>
        <source>Your note on this event, in Markdown</source>
        <translation>このイベントへのあなたのメモ（Markdown で記述）</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>メモを保存(&amp;S)</translation>
    </message>
    <message>
        <source>De&amp;lete Note</source>
        <translation>メモを削除(&amp;L)</translation>
    </message>
    <message>
        <source>Your note (%1):</source>
        <translation>あなたのメモ（%1）:</translation>
    </message>
    <message>
        <source>Ctrl+Return saves, Escape brings back the saved note</source>
        <translation>Ctrl+Return で保存、Escape で保存済みのメモに戻します</translation>
    </message>
    <message>
        <source>A draft not saved yet, kept from before. %1</source>
        <translation>以前から残っている未保存の下書きです。%1</translation>
    </message>
    <message>
        <source>Not saved yet. %1</source>
        <translation>まだ保存されていません。%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存済みです。</translation>
    </message>
    <message>
        <source>Take the star off this event (Ctrl+B)</source>
        <translation>このイベントのスターを外す (Ctrl+B)</translation>
    </message>
    <message>
        <source>Star this event (Ctrl+B)</source>
        <translation>このイベントにスターを付ける (Ctrl+B)</translation>
    </message>
    <message>
        <source>Put a tag on this event</source>
        <translation>このイベントにタグを付ける</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation>メモを保存 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Delete your note on this event</source>
        <translation>このイベントのあなたのメモを削除</translation>
    </message>
    <message>
        <source>Action catalogue entry</source>
        <translation>アクションカタログの項目</translation>
    </message>
    <message>
        <source>Action meaning</source>
        <translation>アクションの意味</translation>
    </message>
    <message>
        <source>Action category</source>
        <translation>アクションのカテゴリー</translation>
    </message>
    <message>
        <source>Action sensitivity</source>
        <translation>アクションの重要度</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>不明なアクション</translation>
    </message>
</context>
<context>
    <name>auditlens::DuplicateCopiesModel</name>
    <message>
        <source>action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <source>target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>occurred_at</source>
        <translation>occurred_at</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>metadata</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成否</translation>
    </message>
    <message>
        <source>request</source>
        <translation>request</translation>
    </message>
    <message>
        <source>other columns</source>
        <translation>その他の列</translation>
    </message>
    <message>
        <source>source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>%1, line %2 (byte %3)</source>
        <translation>%1、%2 行目 (%3 バイト目)</translation>
    </message>
    <message>
        <source>copy %1
line %2</source>
        <translation>コピー %1
%2 行目</translation>
    </message>
    <message>
        <source>This field differs between the copies</source>
        <translation>このフィールドはコピー間で異なります</translation>
    </message>
</context>
<context>
    <name>auditlens::EventNavigator</name>
    <message>
        <source>The filter is back as it was before %1</source>
        <translation>フィルターを「%1」の前の状態に戻しました</translation>
    </message>
    <message>
        <source>The filter hid the event: changed %1. Filter &gt; Undo Filter Change (Ctrl+Z) brings the previous filter back.</source>
        <translation>フィルターでイベントが隠れていたため、%1 を変更しました。[フィルター] &gt; [フィルターの変更を元に戻す] (Ctrl+Z) で元のフィルターに戻せます。</translation>
    </message>
    <message>
        <source>No event here contains “%1”</source>
        <translation>「%1」を含むイベントはありません</translation>
    </message>
    <message>
        <source>%1 events contain “%2”: F3 for the next, Shift+F3 for the previous</source>
        <translation>「%2」を含むイベントは %1 件です: F3 で次、Shift+F3 で前へ</translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>%2 件中 %1 件目</translation>
    </message>
    <message>
        <source>This event names no request (older exports carry no request id)</source>
        <translation>このイベントにはリクエストがありません(古いエクスポートにはリクエスト ID がありません)</translation>
    </message>
    <message>
        <source>showing the events of the same request</source>
        <translation>同じリクエストのイベントの表示</translation>
    </message>
    <message>
        <source>The events of request %1; Back (Alt+Left) brings the filter back</source>
        <translation>リクエスト %1 のイベントです。戻る (Alt+Left) でフィルターを元に戻せます</translation>
    </message>
    <message>
        <source>excluding one %1</source>
        <translation>%1 の除外</translation>
    </message>
    <message>
        <source>filtering to one %1</source>
        <translation>%1 での絞り込み</translation>
    </message>
    <message>
        <source>This event names no actor</source>
        <translation>このイベントにはアクターがありません</translation>
    </message>
    <message>
        <source>showing the events of the same actor</source>
        <translation>同じアクターのイベントを表示</translation>
    </message>
    <message>
        <source>The events of actor %1; Back (Alt+Left) brings the filter back</source>
        <translation>アクター %1 のイベントです。戻る (Alt+Left) でフィルターを元に戻せます</translation>
    </message>
    <message>
        <source>This event has no time that can be read</source>
        <translation>このイベントには読み取れる時刻がありません</translation>
    </message>
    <message>
        <source>showing the events around one</source>
        <translation>前後のイベントを表示</translation>
    </message>
    <message>
        <source>The events from %1 to %2; Back (Alt+Left) brings the filter back</source>
        <translation>%1 から %2 までのイベントです。戻る (Alt+Left) でフィルターを元に戻せます</translation>
    </message>
    <message>
        <source>excluding %1</source>
        <translation>%1 の除外</translation>
    </message>
    <message>
        <source>filtering to %1</source>
        <translation>%1 での絞り込み</translation>
    </message>
</context>
<context>
    <name>auditlens::EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成否</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>時刻 (ローカル)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>(no time)</source>
        <translation>(時刻なし)</translation>
    </message>
    <message>
        <source>conflicting ×%1</source>
        <translation>食い違い ×%1</translation>
    </message>
    <message>
        <source>exact ×%1</source>
        <translation>完全一致 ×%1</translation>
    </message>
    <message>
        <source>as written: %1</source>
        <translation>記載どおり: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n copies of this id, and they differ</source>
        <translation>
            <numerusform>この ID のコピーが %n 件あり、内容が異なります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical copies of this id</source>
        <translation>
            <numerusform>この ID の同一コピーが %n 件あります</numerusform>
        </translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>リクエスト ID</translation>
    </message>
    <message>
        <source>Starred events and events with a note</source>
        <translation>スター付きのイベントとメモのあるイベント</translation>
    </message>
    <message>
        <source>Starred by %1 at %2</source>
        <translation>%1 が %2 にスターを付けました</translation>
    </message>
    <message numerus="yes">
        <source>Note by %1 (and %n more): %2</source>
        <translation>
            <numerusform>%1 のメモ（ほか %n 件）: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Note by %1: %2</source>
        <translation>%1 のメモ: %2</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>The tags of each event, in their colours</source>
        <translation>各イベントのタグ (タグの色で表示)</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <source>Stars and Notes</source>
        <translation>スターとメモ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>The findings rules that hit each event, most severe first</source>
        <translation>各イベントにヒットした検出ルール (重大度の高い順)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>auditlens::EventTableView</name>
    <message>
        <source>Open the Event&apos;s Detail</source>
        <translation>イベントの詳細を開く</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>The events of the current filter; Enter opens the detail of the current one</source>
        <translation>現在のフィルターのイベント。Enter で現在のイベントの詳細を開きます</translation>
    </message>
    <message>
        <source>Show every field of the current event in the detail pane</source>
        <translation>現在のイベントのすべてのフィールドを詳細ペインに表示します</translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation>セルをコピー</translation>
    </message>
    <message>
        <source>Copy rows as CSV</source>
        <translation>行を CSV としてコピー</translation>
    </message>
    <message>
        <source>Copy rows as JSON</source>
        <translation>行を JSON としてコピー</translation>
    </message>
    <message>
        <source>Stars and Notes</source>
        <translation>スターとメモ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
</context>
<context>
    <name>auditlens::ExportDialog</name>
    <message>
        <source>CSV, original columns (imports back as the same events)</source>
        <translation>CSV、元の列 (同じイベントとして再インポート可能)</translation>
    </message>
    <message>
        <source>CSV, flat (for spreadsheets)</source>
        <translation>CSV、フラット (表計算ソフト向け)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML レポート</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF レポート</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Events of the current filter: %1</source>
        <translation>現在のフィルターのイベント: %1</translation>
    </message>
    <message>
        <source>Selected events (%1)</source>
        <translation>選択したイベント (%1 件)</translation>
    </message>
    <message>
        <source>&amp;One copy per exact group (identical copies of an event, as overlapping exports make, are written once)</source>
        <translation>完全一致グループごとに 1 件(&amp;O) (期間の重なるエクスポートで生じる同一コピーを 1 回だけ書き出します)</translation>
    </message>
    <message>
        <source>Events to write</source>
        <translation>書き出すイベント</translation>
    </message>
    <message>
        <source>Spreadsheet-safe: prefix &apos; to cells starting with = + - @ (also after spaces, or full-width), TAB or CR, so that no cell runs as a formula</source>
        <translation>表計算ソフト向け保護: = + - @ (空白の後や全角も含む)、TAB、CR で始まるセルの先頭に &apos; を付け、数式として実行されないようにします</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>書き出すファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>書き出すファイルを選択</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>イベント:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Columns of the flat CSV</source>
        <translation>フラット CSV の列</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>エクスポートの状況</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder that holds the exported file</source>
        <translation>エクスポートしたファイルのあるフォルダーを開きます</translation>
    </message>
    <message>
        <source>Writes every event of the filter.</source>
        <translation>フィルターのすべてのイベントを書き出します。</translation>
    </message>
    <message numerus="yes">
        <source>Writes %n event(s).</source>
        <translation>
            <numerusform>%n 件のイベントを書き出します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes %1 events, %2 of them distinct: tick &quot;One copy per exact group&quot; to write %2.</source>
        <translation>%1 件のイベントを書き出します (うち重複を除くと %2 件)。%2 件だけ書き出すには「完全一致グループごとに 1 件」をオンにしてください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>列を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Reading the events...</source>
        <translation>イベントを読み込んでいます...</translation>
    </message>
    <message>
        <source>Laying out the PDF...</source>
        <translation>PDF をレイアウトしています...</translation>
    </message>
    <message>
        <source>%1 of %2 events written</source>
        <translation>%2 件中 %1 件のイベントを書き出しました</translation>
    </message>
    <message>
        <source>%1 events written to %2.
SHA-256 %3 (in %4)</source>
        <translation>%1 件のイベントを %2 に書き出しました。
SHA-256 %3 (%4 に記録)</translation>
    </message>
    <message>
        <source>
Provenance: %1</source>
        <translation>
来歴: %1</translation>
    </message>
    <message>
        <source>
%1 cells prefixed with &apos; (spreadsheet-safe).</source>
        <translation>
%1 個のセルの先頭に &apos; を付けました (表計算ソフト向け保護)。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>エクスポートはキャンセルされました。ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>キャンセルしています...</translation>
    </message>
    <message>
        <source>Include the analyst&apos;s &amp;annotations (tags, stars, notes)</source>
        <translation>分析者の注釈を含める (タグ・スター・メモ)(&amp;A)</translation>
    </message>
    <message>
        <source>JSON Lines: on every event; original CSV: in the manifest. Flat CSV: choose the tags, starred and notes columns instead.</source>
        <translation>JSON Lines: 各イベントに付けます。元の形の CSV: マニフェストに書きます。フラット CSV: 代わりに tags, starred, notes の列を選んでください。</translation>
    </message>
    <message>
        <source>Only a&amp;nnotated events (tagged, starred or noted)</source>
        <translation>注釈付きのイベントのみ(&amp;N) (タグ、スター、メモのいずれかあり)</translation>
    </message>
    <message>
        <source>Of the events above, only those the analyst tagged, starred or noted. As HTML or PDF, the findings report: the case notes, the events grouped by tag, the starred events, the saved views and the annotation log.</source>
        <translation>上のイベントのうち、アナリストがタグ、スター、メモを付けたものだけ。HTML または PDF では調査結果レポート: ケースのメモ、タグ別のイベント、スター付きのイベント、保存したビュー、注釈ログ。</translation>
    </message>
    <message>
        <source>Writes the annotated events of the filter.</source>
        <translation>フィルターの注釈付きイベントを書き出します。</translation>
    </message>
    <message>
        <source>Writes the annotated events of these %1.</source>
        <translation>これら %1 件のうち注釈付きのイベントを書き出します。</translation>
    </message>
</context>
<context>
    <name>auditlens::FacetModel</name>
    <message>
        <source>Success</source>
        <translation>成否</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 種類の値</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(読み取り不能)</translation>
    </message>
    <message>
        <source>Left out by the filter; Ctrl+click to show it again</source>
        <translation>フィルターで除外中。Ctrl+クリックで再表示します</translation>
    </message>
    <message>
        <source>In the filter; click to remove it</source>
        <translation>フィルターに含まれています。クリックで外します</translation>
    </message>
    <message>
        <source>Click to show only these events; Ctrl+click to leave them out</source>
        <translation>クリックでこのイベントだけを表示、Ctrl+クリックで除外します</translation>
    </message>
</context>
<context>
    <name>auditlens::FacetSidebar</name>
    <message>
        <source>Facets</source>
        <translation>ファセット</translation>
    </message>
</context>
<context>
    <name>auditlens::FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Search every field, payloads included (Ctrl+F)</source>
        <translation>ペイロードを含むすべてのフィールドを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>検索テキスト</translation>
    </message>
    <message>
        <source>Shows only the events that contain this text in any field; F3 steps through the events that contain it without filtering</source>
        <translation>いずれかのフィールドにこのテキストを含むイベントだけを表示します。F3 で絞り込まずに該当イベントを順にたどります</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>検索モード</translation>
    </message>
    <message>
        <source>Filter: show only the events that contain the text. Find: keep every event and step through those that contain it (Enter, F3).</source>
        <translation>フィルター: テキストを含むイベントだけを表示します。検索: すべてのイベントを残したまま、含むイベントを順にたどります (Enter、F3)。</translation>
    </message>
    <message>
        <source>Success: any</source>
        <translation>成否: すべて</translation>
    </message>
    <message>
        <source>Success: true</source>
        <translation>成否: 成功</translation>
    </message>
    <message>
        <source>Success: false</source>
        <translation>成否: 失敗</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成否</translation>
    </message>
    <message>
        <source>Show events that succeeded, failed, or both</source>
        <translation>成功したイベント、失敗したイベント、またはその両方を表示します</translation>
    </message>
    <message>
        <source>Duplicates: all events</source>
        <translation>重複: すべてのイベント</translation>
    </message>
    <message>
        <source>Only duplicates</source>
        <translation>重複のみ</translation>
    </message>
    <message>
        <source>Only conflicting duplicates</source>
        <translation>食い違う重複のみ</translation>
    </message>
    <message>
        <source>Only exact duplicates</source>
        <translation>完全な重複のみ</translation>
    </message>
    <message>
        <source>No duplicates</source>
        <translation>重複なし</translation>
    </message>
    <message>
        <source>Collapse exact copies</source>
        <translation>完全なコピーをまとめる</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Events whose id appears more than once: show them, only them, or count each exact group once</source>
        <translation>ID が複数回現れるイベント: 表示する、それだけを表示する、または完全一致グループを 1 件と数えるかを選びます</translation>
    </message>
    <message>
        <source>UTC. A day (2026-02-05), a minute (2026-02-05 10:15) or an ISO-8601 time to the nanosecond; both bounds included, so a day as To includes all of it. Alt+Down opens a calendar.</source>
        <translation>UTC。日 (2026-02-05)、分 (2026-02-05 10:15)、またはナノ秒までの ISO-8601 時刻を指定します。両端を含むため、終了に日を指定するとその日全体が含まれます。Alt+↓ でカレンダーを開きます。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD [hh:mm]</source>
        <translation>YYYY-MM-DD [hh:mm]</translation>
    </message>
    <message>
        <source>Choose the day in a calendar</source>
        <translation>カレンダーで日付を選択</translation>
    </message>
    <message>
        <source>%1 calendar</source>
        <translation>%1のカレンダー</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>カレンダーを開く</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>開始(&amp;R):</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>開始 (UTC)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了(&amp;T):</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>終了 (UTC)</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>プリセット(&amp;P)</translation>
    </message>
    <message>
        <source>Time ranges counted back from the last event of the log</source>
        <translation>ログの最後のイベントからさかのぼった時間範囲</translation>
    </message>
    <message>
        <source>Filter in words</source>
        <translation>フィルターの説明</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>すべてクリア</translation>
    </message>
    <message>
        <source>Remove every condition (Ctrl+Shift+X); Ctrl+Z brings them back</source>
        <translation>すべての条件を削除します (Ctrl+Shift+X)。Ctrl+Z で元に戻せます</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>フィルター:</translation>
    </message>
    <message>
        <source>importing: the search looks through the first events read</source>
        <translation>インポート中: 読み込み済みの先頭のイベントを検索します</translation>
    </message>
    <message>
        <source>The log runs from %1 to %2 (UTC).</source>
        <translation>ログの期間は %1 から %2 まで (UTC) です。</translation>
    </message>
    <message>
        <source>Earliest time to show. %1</source>
        <translation>表示する最も早い時刻。%1</translation>
    </message>
    <message>
        <source>Latest time to show. %1</source>
        <translation>表示する最も遅い時刻。%1</translation>
    </message>
    <message>
        <source>Find events without filtering; Enter or F3 for the next</source>
        <translation>絞り込まずにイベントを検索。Enter または F3 で次へ</translation>
    </message>
    <message>
        <source>%1: %2. Write a day (2026-02-05), a minute (2026-02-05 10:15) or a full time (2026-02-05T10:15:30Z).</source>
        <translation>%1: %2。日 (2026-02-05)、分 (2026-02-05 10:15)、または完全な時刻 (2026-02-05T10:15:30Z) を入力してください。</translation>
    </message>
</context>
<context>
    <name>auditlens::FindingsModel</name>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Hits among the events the filter shows (its finding condition aside)</source>
        <translation>フィルターが表示するイベントの中のヒット数 (フィルターの検出条件は除く)</translation>
    </message>
    <message>
        <source>Hits in the whole case</source>
        <translation>ケース全体のヒット数</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>表示中</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Click to show every event</source>
        <translation>クリックするとすべてのイベントを表示します</translation>
    </message>
    <message>
        <source>Click to show its hits</source>
        <translation>クリックするとこのルールのヒットだけを表示します</translation>
    </message>
    <message>
        <source>%1, %2 severity, %3 shown of %4</source>
        <translation>%1、重大度 %2、%4 件中 %3 件を表示</translation>
    </message>
</context>
<context>
    <name>auditlens::FindingsPane</name>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>Show only the selected rule&apos;s hits (again: show every event)</source>
        <translation>選択したルールのヒットだけを表示 (もう一度: すべてのイベントを表示)</translation>
    </message>
    <message>
        <source>Findings rules</source>
        <translation>検出ルール</translation>
    </message>
    <message>
        <source>One row per rule: severity, title, hits the filter shows and hits in the case; Enter or a click shows only its hits</source>
        <translation>ルールごとに 1 行: 重大度、タイトル、フィルターが表示するヒット数、ケース内のヒット数。Enter またはクリックでそのヒットだけを表示します</translation>
    </message>
    <message>
        <source>Why the rule matters</source>
        <translation>ルールが重要な理由</translation>
    </message>
    <message>
        <source>the hits of a finding</source>
        <translation>検出のヒット</translation>
    </message>
    <message>
        <source>Select a rule to read why it matters.</source>
        <translation>ルールを選択すると、それが重要な理由が表示されます。</translation>
    </message>
    <message>
        <source>Show Every Event</source>
        <translation>すべてのイベントを表示</translation>
    </message>
    <message>
        <source>Show Its Hits</source>
        <translation>ヒットを表示</translation>
    </message>
    <message>
        <source>Rule Settings…</source>
        <translation>ルールの設定…</translation>
    </message>
</context>
<context>
    <name>auditlens::GuideWindow</name>
    <message>
        <source>AuditLens User Guide</source>
        <translation>AuditLens ユーザーガイド</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
</context>
<context>
    <name>auditlens::ImportStatus</name>
    <message>
        <source>Import progress</source>
        <translation>インポートの進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the import; the case stays as it was</source>
        <translation>インポートを中止します。ケースは元のままです</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>インポートをキャンセル</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation>%1 をインポート中</translation>
    </message>
    <message>
        <source>importing: %1 records read</source>
        <translation>インポート中: %1 レコードを読み込みました</translation>
    </message>
    <message>
        <source>importing %1 (%2 of %3): %4 records read</source>
        <translation>%1 をインポート中 (%3 件中 %2 件目): %4 レコード読み込み済み</translation>
    </message>
    <message>
        <source>%1 is already in the case as source %2 (same SHA-256); nothing was imported from it</source>
        <translation>%1 はすでにソース %2 としてケースにあります (同じ SHA-256)。何もインポートしていません</translation>
    </message>
    <message>
        <source>%1: %2 events added (%3 rejected)</source>
        <translation>%1: %2 件のイベントを追加 (拒否 %3 件)</translation>
    </message>
    <message>
        <source>import cancelled: the export being read was not added</source>
        <translation>インポートをキャンセルしました: 読み込み中のエクスポートは追加されていません</translation>
    </message>
    <message>
        <source>the import failed: %1</source>
        <translation>インポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>, annotations restored on %1 events</source>
        <translation>、%1 件のイベントで注釈を復元</translation>
    </message>
</context>
<context>
    <name>auditlens::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>The language of the window; numbers and dates follow it</source>
        <translation>ウィンドウの言語。数値と日付の書式もこれに従います</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s language (LANG)</source>
        <translation>デスクトップの言語 (LANG) に従います</translation>
    </message>
    <message>
        <source>Use this language whatever the desktop&apos;s</source>
        <translation>デスクトップの言語にかかわらずこの言語を使います</translation>
    </message>
</context>
<context>
    <name>auditlens::MainWindow</name>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>AuditLens</source>
        <translation>AuditLens</translation>
    </message>
    <message>
        <source>the histogram&apos;s time range</source>
        <translation>ヒストグラムでの時間範囲の指定</translation>
    </message>
    <message>
        <source>the whole log&apos;s time range</source>
        <translation>ログ全体の時間範囲への変更</translation>
    </message>
    <message>
        <source>clear all</source>
        <translation>すべてクリア</translation>
    </message>
    <message>
        <source>first %1 events (still reading)</source>
        <translation>先頭の %1 件のイベント (読み込み中)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Clear the search and go back to the events</source>
        <translation>検索をクリアしてイベントに戻る</translation>
    </message>
    <message>
        <source>An import is still running. Wait for it or cancel it first.</source>
        <translation>インポートがまだ実行中です。終わるまで待つか、先にキャンセルしてください。</translation>
    </message>
    <message>
        <source>%1 was imported before: opening its case</source>
        <translation>%1 は以前にインポート済みです: そのケースを開きます</translation>
    </message>
    <message>
        <source>opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>%1 — importing — AuditLens</source>
        <translation>%1 — インポート中 — AuditLens</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was kept.</source>
        <translation>インポートはキャンセルされました。何も保存していません。</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>インポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>Imported %1 events (%2 rejected) into %3</source>
        <translation>%1 件のイベントを %3 にインポートしました (拒否 %2 件)</translation>
    </message>
    <message>
        <source>%1 — AuditLens</source>
        <translation>%1 — AuditLens</translation>
    </message>
    <message>
        <source>Case indexed in %1 ms</source>
        <translation>ケースのインデックスを %1 ms で作成しました</translation>
    </message>
    <message>
        <source>Case opened in %1 ms</source>
        <translation>ケースを %1 ms で開きました</translation>
    </message>
    <message>
        <source>The case cannot be opened: %1</source>
        <translation>ケースを開けません: %1</translation>
    </message>
    <message>
        <source>a problem&apos;s event was shown</source>
        <translation>問題のイベントの表示</translation>
    </message>
    <message>
        <source>A rejected record is not among the events: its line and raw text are shown beside the list.</source>
        <translation>拒否されたレコードはイベントに含まれません: その行と生テキストを一覧の横に表示しています。</translation>
    </message>
    <message>
        <source>a gap in the sources&apos; coverage</source>
        <translation>ソースのカバー範囲の空白</translation>
    </message>
    <message>
        <source>Select the events to star first.</source>
        <translation>先にスターを付けるイベントを選択してください。</translation>
    </message>
    <message>
        <source>Starred 1 event</source>
        <translation>1 件のイベントにスターを付けました</translation>
    </message>
    <message numerus="yes">
        <source>Starred %n events</source>
        <translation>
            <numerusform>%n 件のイベントにスターを付けました</numerusform>
        </translation>
    </message>
    <message>
        <source>Unstarred 1 event</source>
        <translation>1 件のイベントのスターを外しました</translation>
    </message>
    <message numerus="yes">
        <source>Unstarred %n events</source>
        <translation>
            <numerusform>%n 件のイベントのスターを外しました</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter shows no events to tag.</source>
        <translation>フィルターにはタグを付けるイベントがありません。</translation>
    </message>
    <message>
        <source>Select the events to tag first.</source>
        <translation>先にタグを付けるイベントを選択してください。</translation>
    </message>
    <message>
        <source>Untagging %1 events…</source>
        <translation>%1 件のイベントからタグを外しています…</translation>
    </message>
    <message>
        <source>Tagging %1 events…</source>
        <translation>%1 件のイベントにタグを付けています…</translation>
    </message>
    <message>
        <source>No event of the filter is tagged, starred or noted.</source>
        <translation>フィルターのイベントにはタグ・スター・メモの付いたものがありません。</translation>
    </message>
    <message>
        <source>Passed the first event: went on from the last.</source>
        <translation>最初のイベントを過ぎたため、最後から続けました。</translation>
    </message>
    <message>
        <source>Passed the last event: went on from the first.</source>
        <translation>最後のイベントを過ぎたため、最初から続けました。</translation>
    </message>
    <message>
        <source>Every one of the %1 events already had the tag %2</source>
        <translation>%1 件のイベントにはすべて既にタグ %2 が付いていました</translation>
    </message>
    <message>
        <source>None of the %1 events had the tag %2</source>
        <translation>%1 件のイベントのどれにもタグ %2 は付いていませんでした</translation>
    </message>
    <message>
        <source>Tagged 1 event as %1</source>
        <translation>1 件のイベントにタグ %1 を付けました</translation>
    </message>
    <message>
        <source>Tagged %1 events as %2</source>
        <translation>%1 件のイベントにタグ %2 を付けました</translation>
    </message>
    <message>
        <source>Took %1 off 1 event</source>
        <translation>1 件のイベントからタグ %1 を外しました</translation>
    </message>
    <message>
        <source>Took %1 off %2 events</source>
        <translation>%2 件のイベントからタグ %1 を外しました</translation>
    </message>
    <message>
        <source>Saved the note</source>
        <translation>メモを保存しました</translation>
    </message>
    <message>
        <source>There was no note to delete</source>
        <translation>削除するメモはありませんでした</translation>
    </message>
    <message>
        <source>Deleted the note</source>
        <translation>メモを削除しました</translation>
    </message>
    <message>
        <source>Select the event to write a note on first.</source>
        <translation>先にメモを書くイベントを選択してください。</translation>
    </message>
    <message>
        <source>The filter this case was left with no longer reads (%1): it was dropped.</source>
        <translation>このケースを閉じたときのフィルターは読み込めなくなったため (%1)、破棄しました。</translation>
    </message>
    <message>
        <source>Another program changed this case&apos;s sources.</source>
        <translation>別のプログラムがこのケースのソースを変更しました。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Open the case again, with the same filter</source>
        <translation>同じフィルターでケースを開き直します</translation>
    </message>
    <message>
        <source>The case&apos;s annotations were changed by another program (1 change); shown now.</source>
        <translation>ケースの注釈が別のプログラムによって変更されました (1 件の変更)。表示に反映しました。</translation>
    </message>
    <message>
        <source>The case&apos;s annotations were changed by another program (%1 changes); shown now.</source>
        <translation>ケースの注釈が別のプログラムによって変更されました (%1 件の変更)。表示に反映しました。</translation>
    </message>
    <message>
        <source>Opened the case again with the sources another program changed.</source>
        <translation>別のプログラムが変更したソースでケースを開き直しました。</translation>
    </message>
    <message>
        <source>the actor timeline&apos;s time range</source>
        <translation>アクター タイムラインの時間範囲</translation>
    </message>
    <message>
        <source>an actor timeline&apos;s event</source>
        <translation>アクター タイムラインのイベント</translation>
    </message>
    <message>
        <source>Your default rule settings cannot be used (%1): they are left out until the file is mended or saved again here.</source>
        <translation>既定のルール設定を使用できません (%1)。ファイルを修正するか、ここで保存し直すまで使われません。</translation>
    </message>
    <message>
        <source>Your default rule settings cannot be saved: %1</source>
        <translation>既定のルール設定を保存できません: %1</translation>
    </message>
    <message>
        <source>Your default rule settings are saved.</source>
        <translation>既定のルール設定を保存しました。</translation>
    </message>
    <message>
        <source>Saving the case&apos;s rule settings…</source>
        <translation>ケースのルール設定を保存しています…</translation>
    </message>
    <message>
        <source>the case cannot be written</source>
        <translation>ケースに書き込めません</translation>
    </message>
    <message>
        <source>The case&apos;s rule settings cannot be saved: %1</source>
        <translation>ケースのルール設定を保存できません: %1</translation>
    </message>
    <message>
        <source>The case&apos;s rule settings are saved; its findings are evaluated again.</source>
        <translation>ケースのルール設定を保存しました。検出を評価し直します。</translation>
    </message>
</context>
<context>
    <name>auditlens::PayloadTreeModel</name>
    <message>
        <source>(no such column in the source)</source>
        <translation>(ソースにその列はありません)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n 個のキー}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n 個の要素]</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>正しい JSON ではありません: %1</translation>
    </message>
</context>
<context>
    <name>auditlens::PivotMenu</name>
    <message>
        <source>Filter to This Value</source>
        <translation>この値で絞り込む</translation>
    </message>
    <message>
        <source>Exclude This Value</source>
        <translation>この値を除外</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Same &amp;Actor</source>
        <translation>同じアクター(&amp;A)</translation>
    </message>
    <message>
        <source>Every event of this event&apos;s actor, whatever the filter</source>
        <translation>フィルターに関係なく、このイベントのアクターのすべてのイベント</translation>
    </message>
    <message>
        <source>Same &amp;Request</source>
        <translation>同じリクエスト(&amp;R)</translation>
    </message>
    <message>
        <source>Every event of this event&apos;s request, whatever the filter</source>
        <translation>フィルターに関係なく、このイベントのリクエストのすべてのイベント</translation>
    </message>
    <message>
        <source>Events Ar&amp;ound This One</source>
        <translation>このイベントの前後(&amp;O)</translation>
    </message>
    <message>
        <source>±1 minute</source>
        <translation>±1 分</translation>
    </message>
    <message>
        <source>±10 minutes</source>
        <translation>±10 分</translation>
    </message>
    <message>
        <source>±1 hour</source>
        <translation>±1 時間</translation>
    </message>
    <message>
        <source>Custom Span…</source>
        <translation>期間を指定…</translation>
    </message>
</context>
<context>
    <name>auditlens::ProblemDetail</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Raw text of the record</source>
        <translation>レコードの生テキスト</translation>
    </message>
    <message>
        <source>The record&apos;s bytes as they were read from the source</source>
        <translation>ソースから読み取ったままのレコードのバイト列</translation>
    </message>
    <message>
        <source>Select a problem to read its record.</source>
        <translation>問題を選択すると、そのレコードを表示します。</translation>
    </message>
    <message>
        <source>%1, line %2 (byte %3): %4 — %5</source>
        <translation>%1、%2 行目 (%3 バイト目): %4 — %5</translation>
    </message>
    <message>
        <source>Column: %1</source>
        <translation>列: %1</translation>
    </message>
    <message>
        <source>The record was rejected: it is not among the events. Its raw text is below.</source>
        <translation>このレコードは拒否されました: イベントには含まれません。生テキストを下に表示しています。</translation>
    </message>
    <message>
        <source>The event was kept and flagged: double-click or press Enter to show it in the table.</source>
        <translation>このイベントはフラグ付きで保持されています: ダブルクリックするか Enter を押すと表に表示します。</translation>
    </message>
    <message>
        <source>… (%1 bytes in all)</source>
        <translation>… (全体で %1 バイト)</translation>
    </message>
</context>
<context>
    <name>auditlens::ProblemModel</name>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>生テキスト</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>フラグあり</translation>
    </message>
</context>
<context>
    <name>auditlens::ProblemsView</name>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Rejected and flagged records; Enter shows a flagged record&apos;s event, or a rejected record&apos;s text</source>
        <translation>拒否されたレコードとフラグ付きのレコード。Enter でフラグ付きレコードのイベント、または拒否されたレコードのテキストを表示します</translation>
    </message>
</context>
<context>
    <name>auditlens::QueryWorker</name>
    <message>
        <source>%1 · %2</source>
        <comment>source number, file name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The case&apos;s annotations cannot be read: %1</source>
        <translation>ケースの注釈を読み込めません: %1</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>スター付き</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>メモあり</translation>
    </message>
    <message>
        <source>the JSON conditions could not be read: %1</source>
        <translation>JSON 条件を読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>auditlens::RuleSettingsDialog</name>
    <message>
        <source>This &amp;case</source>
        <translation>このケース(&amp;C)</translation>
    </message>
    <message>
        <source>My &amp;default</source>
        <translation>自分の既定(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>リセット(&amp;R)</translation>
    </message>
    <message>
        <source>Findings Rules</source>
        <translation>検出ルール</translation>
    </message>
    <message>
        <source>Settings kept in this case; they win over your default.</source>
        <translation>このケースに保存される設定です。あなたの既定より優先されます。</translation>
    </message>
    <message>
        <source>The case is open read-only: only your default can change.</source>
        <translation>ケースは読み取り専用で開かれています。変更できるのはあなたの既定だけです。</translation>
    </message>
    <message>
        <source>Settings for every case you open, unless a case sets its own.</source>
        <translation>開くすべてのケースに使われる設定です (ケースが独自に設定していない場合)。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Drop the selected rule&apos;s settings at this level</source>
        <translation>選択したルールのこのレベルの設定を取り消します</translation>
    </message>
    <message>
        <source>Settings for:</source>
        <translation>設定の対象:</translation>
    </message>
    <message>
        <source>Separate the entries with commas</source>
        <translation>項目はカンマで区切ります</translation>
    </message>
</context>
<context>
    <name>auditlens::SaveViewDialog</name>
    <message>
        <source>Save Current View</source>
        <translation>現在のビューを保存</translation>
    </message>
    <message>
        <source>Save the filter, the sort and the visible columns in the case, under a name.
Filter: %1</source>
        <translation>フィルター、並べ替え、表示中の列を名前を付けてケースに保存します。
フィルター: %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>ビュー名</translation>
    </message>
    <message>
        <source>Type a name for the view.</source>
        <translation>ビューの名前を入力してください。</translation>
    </message>
    <message>
        <source>A view name cannot begin or end with a space.</source>
        <translation>ビュー名の先頭と末尾に空白は使えません。</translation>
    </message>
    <message>
        <source>A view name has at most 64 characters.</source>
        <translation>ビュー名は 64 文字までです。</translation>
    </message>
    <message>
        <source>&quot;*&quot; cannot name a view.</source>
        <translation>「*」はビュー名に使えません。</translation>
    </message>
    <message>
        <source>A view name cannot hold control characters.</source>
        <translation>ビュー名に制御文字は使えません。</translation>
    </message>
    <message>
        <source>The case has a view of this name: saving replaces it.</source>
        <translation>この名前のビューがケースにあります。保存すると置き換えます。</translation>
    </message>
</context>
<context>
    <name>auditlens::SavedViewsMenu</name>
    <message>
        <source>no filter (every event)</source>
        <translation>フィルターなし (すべてのイベント)</translation>
    </message>
    <message>
        <source>Vie&amp;ws</source>
        <translation>ビュー(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>現在のビューを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the filter, the sort and the visible columns in the case, under a name</source>
        <translation>フィルター、並べ替え、表示中の列を名前を付けてケースに保存します</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>ビューを削除(&amp;D)</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>保存したビューはありません</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>フィルター: %1</translation>
    </message>
    <message>
        <source>This filter no longer reads: %1</source>
        <translation>このフィルターは読み込めなくなりました: %1</translation>
    </message>
    <message>
        <source>Sort: %1</source>
        <translation>並べ替え: %1</translation>
    </message>
    <message>
        <source>Saved by %1, %2</source>
        <translation>保存: %1、%2</translation>
    </message>
    <message>
        <source>Save the current view (%1)</source>
        <translation>現在のビューを保存 (%1)</translation>
    </message>
    <message>
        <source>No case is open</source>
        <translation>ケースが開かれていません</translation>
    </message>
    <message>
        <source>The views cannot be read: %1</source>
        <translation>ビューを読み込めません: %1</translation>
    </message>
    <message>
        <source>Show the view %1</source>
        <translation>ビュー %1 を表示します</translation>
    </message>
    <message>
        <source>Delete the view %1 from the case</source>
        <translation>ビュー %1 をケースから削除します</translation>
    </message>
    <message>
        <source>Replace View</source>
        <translation>ビューの置き換え</translation>
    </message>
    <message>
        <source>The case has a view named %1. Replace it with this one?</source>
        <translation>ケースには %1 という名前のビューがあります。このビューで置き換えますか?</translation>
    </message>
    <message>
        <source>Saving the view %1…</source>
        <translation>ビュー %1 を保存しています…</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>ビューの削除</translation>
    </message>
    <message>
        <source>Delete the view %1 from the case? The annotation log keeps a record of it.</source>
        <translation>ビュー %1 をケースから削除しますか? 注釈ログには記録が残ります。</translation>
    </message>
    <message>
        <source>Saved the view %1</source>
        <translation>ビュー %1 を保存しました</translation>
    </message>
    <message>
        <source>Deleted the view %1</source>
        <translation>ビュー %1 を削除しました</translation>
    </message>
    <message>
        <source>The case has no view named %1</source>
        <translation>ケースに %1 という名前のビューはありません</translation>
    </message>
    <message>
        <source>The case has no view named %1 any more.</source>
        <translation>ケースに %1 という名前のビューはもうありません。</translation>
    </message>
    <message>
        <source>the sort %1 is not one AuditLens knows</source>
        <translation>並べ替え %1 は AuditLens が知らないものです</translation>
    </message>
    <message>
        <source>The view %1 cannot be shown: its filter no longer reads (%2). Nothing was changed.</source>
        <translation>ビュー %1 を表示できません: フィルターが読み込めなくなっています (%2)。何も変更していません。</translation>
    </message>
    <message>
        <source>the view %1</source>
        <translation>ビュー %1</translation>
    </message>
    <message>
        <source>The view %1; Back (Alt+Left) brings the filter back</source>
        <translation>ビュー %1 です。戻る (Alt+Left) でフィルターを元に戻せます</translation>
    </message>
</context>
<context>
    <name>auditlens::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>検索(&amp;F):</translation>
    </message>
    <message>
        <source>Type part of an action or a key</source>
        <translation>操作名またはキーの一部を入力</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>ショートカットを検索</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>auditlens::SourcesModel</name>
    <message>
        <source>no time</source>
        <translation>時刻なし</translation>
    </message>
    <message>
        <source>SHA-256 %1 (Ctrl+C copies it)</source>
        <translation>SHA-256 %1 (Ctrl+C でコピー)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>%1 records read: %2 events imported, %3 rejected</source>
        <translation>%1 レコードを読み込み: %2 件のイベントをインポート、%3 件を拒否</translation>
    </message>
    <message>
        <source>Events of this source whose id another source also holds, with the same content</source>
        <translation>このソースのイベントのうち、同じ id を同じ内容で別のソースも持つもの</translation>
    </message>
    <message>
        <source>Events of this source whose id another source also holds, with other content</source>
        <translation>このソースのイベントのうち、同じ id を異なる内容で別のソースも持つもの</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation>インポート日時 (UTC)</translation>
    </message>
    <message>
        <source>First Event (UTC)</source>
        <translation>最初のイベント (UTC)</translation>
    </message>
    <message>
        <source>Last Event (UTC)</source>
        <translation>最後のイベント (UTC)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード数</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Shared Exact</source>
        <translation>共有 (完全一致)</translation>
    </message>
    <message>
        <source>Shared Conflicting</source>
        <translation>共有 (食い違い)</translation>
    </message>
</context>
<context>
    <name>auditlens::SourcesPane</name>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Add Exports…</source>
        <translation>エクスポートを追加…</translation>
    </message>
    <message>
        <source>Remove Source from Case…</source>
        <translation>ソースをケースから削除…</translation>
    </message>
    <message>
        <source>Sources of the case</source>
        <translation>ケースのソース</translation>
    </message>
    <message>
        <source>One row per imported export; Ctrl+C copies the cell (the whole SHA-256), Delete removes the source</source>
        <translation>インポートしたエクスポートごとに 1 行。Ctrl+C でセル (SHA-256 全体) をコピー、Delete でソースを削除</translation>
    </message>
    <message>
        <source>Take the selected export and its events out of the case</source>
        <translation>選択したエクスポートとそのイベントをケースから取り除きます</translation>
    </message>
    <message>
        <source>Import more exports into this case</source>
        <translation>このケースにさらにエクスポートをインポートします</translation>
    </message>
    <message>
        <source>Reading what each source covers…</source>
        <translation>各ソースのカバー範囲を読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s); every day between the first and last event is covered.</source>
        <translation>
            <numerusform>ソース %n 件。最初から最後のイベントまでのすべての日がカバーされています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s); %1 gap(s) no source covers (in the strip above).</source>
        <translation>
            <numerusform>ソース %n 件。どのソースもカバーしていない空白が %1 か所あります (上の帯に表示)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>SHA-256 をコピー</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>Remove source %1, %2, from the case?

Its %3 events and its problems leave the case, and the duplicates it shared are counted again. The file itself is not touched; it can be added again later.</source>
        <translation>ソース %1 (%2) をケースから削除しますか?

その %3 件のイベントと問題がケースから取り除かれ、共有していた重複は数え直されます。ファイル自体には触れません。後で再び追加できます。</translation>
    </message>
    <message>
        <source>Remove Source from Case</source>
        <translation>ソースをケースから削除</translation>
    </message>
    <message>
        <source>Removing %1 from the case…</source>
        <translation>%1 をケースから削除中…</translation>
    </message>
    <message>
        <source>Source %1 could not be removed: %2</source>
        <translation>ソース %1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Removed source %1, %2: %3 events left the case</source>
        <translation>ソース %1 (%2) を削除しました: %3 件のイベントがケースから取り除かれました</translation>
    </message>
    <message>
        <source>Copy the source&apos;s cell in full (the whole SHA-256, the path)</source>
        <translation>ソースのセルを完全にコピー (SHA-256 全体、パス)</translation>
    </message>
    <message>
        <source>Remove the selected source from the case (asks first)</source>
        <translation>選択したソースをケースから削除 (先に確認します)</translation>
    </message>
</context>
<context>
    <name>auditlens::SpanDialog</name>
    <message>
        <source>Events Around This One</source>
        <translation>このイベントの前後</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>The events this long before and after the event, whatever the filter; the event stays selected.</source>
        <translation>フィルターに関係なく、このイベントの前後この期間のイベントを表示します。イベントは選択されたままです。</translation>
    </message>
    <message>
        <source>&amp;Before and after:</source>
        <translation>前後の幅(&amp;B):</translation>
    </message>
</context>
<context>
    <name>auditlens::StatusCounts</name>
    <message>
        <source>Event count</source>
        <translation>イベント数</translation>
    </message>
    <message>
        <source>Duplicate ids</source>
        <translation>重複 ID</translation>
    </message>
    <message>
        <source>Show the rejected and flagged records</source>
        <translation>拒否されたレコードとフラグ付きのレコードを表示します</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 / %2 件のイベント</translation>
    </message>
    <message>
        <source>(%1 distinct) &lt;a href=&quot;#collapse&quot;&gt;count copies once&lt;/a&gt;</source>
        <translation>(重複を除くと %1 件) &lt;a href=&quot;#collapse&quot;&gt;コピーを 1 件と数える&lt;/a&gt;</translation>
    </message>
    <message>
        <source>(exact copies counted once)</source>
        <translation>(完全なコピーは 1 件として計数)</translation>
    </message>
    <message>
        <source>%1 ms; %2</source>
        <translation>%1 ms。%2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) are exact copies of others (Filter &gt; Collapse Exact Copies, Ctrl+Shift+D)</source>
        <translation>
            <numerusform>%n 件のイベントは他のイベントの完全なコピーです ([フィルター] &gt; [完全なコピーをまとめる]、Ctrl+Shift+D)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>問題 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 duplicate ids (%2 conflicting)</source>
        <translation>重複 ID %1 件 (食い違い %2 件)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) so far</source>
        <translation>
            <numerusform>これまでの問題 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>auditlens::TagChip</name>
    <message>
        <source>Tag %1</source>
        <translation>タグ %1</translation>
    </message>
    <message>
        <source>Delete takes the tag off this event</source>
        <translation>Delete キーでこのイベントからタグを外します</translation>
    </message>
    <message>
        <source>Take %1 off</source>
        <translation>%1 を外す</translation>
    </message>
    <message>
        <source>Take %1 off this event (Delete)</source>
        <translation>このイベントから %1 を外す (Delete)</translation>
    </message>
</context>
<context>
    <name>auditlens::TagDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Tag Events</source>
        <translation>イベントにタグを付ける</translation>
    </message>
    <message>
        <source>Untag Events</source>
        <translation>イベントのタグを外す</translation>
    </message>
    <message>
        <source>Put a tag on the %1 events of the filter.</source>
        <translation>フィルターの %1 件のイベントにタグを付けます。</translation>
    </message>
    <message>
        <source>Put a tag on the %1 selected events.</source>
        <translation>選択した %1 件のイベントにタグを付けます。</translation>
    </message>
    <message>
        <source>Take a tag off the %1 events of the filter.</source>
        <translation>フィルターの %1 件のイベントからタグを外します。</translation>
    </message>
    <message>
        <source>Take a tag off the %1 selected events.</source>
        <translation>選択した %1 件のイベントからタグを外します。</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグを付ける</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>Colour of the new tag</source>
        <translation>新しいタグの色</translation>
    </message>
    <message>
        <source>The new tag&apos;s colour, written #RRGGBB</source>
        <translation>新しいタグの色 (#RRGGBB の形で)</translation>
    </message>
    <message>
        <source>Pick the new tag&apos;s colour</source>
        <translation>新しいタグの色を選びます</translation>
    </message>
    <message>
        <source>Description of the new tag</source>
        <translation>新しいタグの説明</translation>
    </message>
    <message>
        <source>optional: what the tag means</source>
        <translation>任意: タグの意味</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>色(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Take %1 off 1 event</source>
        <translation>1 件のイベントから %1 を外す</translation>
    </message>
    <message>
        <source>Take %1 off %2 events</source>
        <translation>%2 件のイベントから %1 を外す</translation>
    </message>
    <message>
        <source>Tag 1 event as %1</source>
        <translation>1 件のイベントに %1 を付ける</translation>
    </message>
    <message>
        <source>Tag %1 events as %2</source>
        <translation>%1 件のイベントに %2 を付ける</translation>
    </message>
    <message>
        <source>Choose a tag, or type the name of a new one.</source>
        <translation>タグを選ぶか、新しいタグの名前を入力してください。</translation>
    </message>
    <message>
        <source>A tag name has no spaces at either end.</source>
        <translation>タグ名の先頭と末尾には空白を使えません。</translation>
    </message>
    <message>
        <source>* is not a tag name: a filter reads it as any tag.</source>
        <translation>* はタグ名にできません (フィルターでは「任意のタグ」を意味します)。</translation>
    </message>
    <message>
        <source>A tag name is at most 64 characters.</source>
        <translation>タグ名は 64 文字までです。</translation>
    </message>
    <message>
        <source>A tag name has no control characters.</source>
        <translation>タグ名には制御文字を使えません。</translation>
    </message>
    <message>
        <source>A tag colour is written #RRGGBB, for example #607D8B.</source>
        <translation>タグの色は #RRGGBB の形で書きます (例: #607D8B)。</translation>
    </message>
    <message>
        <source>A new tag: it is made when you press OK.</source>
        <translation>新しいタグです。OK を押すと作成されます。</translation>
    </message>
    <message>
        <source>Untag</source>
        <translation>タグを外す</translation>
    </message>
    <message>
        <source>Colour of the New Tag</source>
        <translation>新しいタグの色</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>%1, carried by %2 of the events</source>
        <translation>%1、%2 件のイベントに付いています</translation>
    </message>
    <message>
        <source>%1 of the %2 events carry it</source>
        <translation>%2 件中 %1 件のイベントに付いています</translation>
    </message>
    <message>
        <source>Take %1 off %2 of the %3 events</source>
        <translation>%3 件中 %2 件のイベントから %1 を外す</translation>
    </message>
    <message>
        <source>The event carries no tag.</source>
        <translation>このイベントにはタグが付いていません。</translation>
    </message>
    <message>
        <source>None of the events carries a tag.</source>
        <translation>どのイベントにもタグが付いていません。</translation>
    </message>
    <message>
        <source>None of the events carries %1.</source>
        <translation>どのイベントにも %1 は付いていません。</translation>
    </message>
</context>
<context>
    <name>auditlens::TimeHistogram</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n 週間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n か月</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag across the bars to narrow the time range; double-click for all of it</source>
        <translation>バーの上をドラッグして時間範囲を絞り込みます。ダブルクリックで全範囲に戻します</translation>
    </message>
    <message>
        <source>Time histogram</source>
        <translation>時間ヒストグラム</translation>
    </message>
    <message>
        <source>Left and Right move through the bars, Shift extends, Enter narrows the time range to them, Backspace shows all of it</source>
        <translation>← と → でバーを移動、Shift で選択を広げ、Enter でその時間範囲に絞り込み、Backspace で全範囲を表示します</translation>
    </message>
    <message>
        <source>Narrow the Time Range to the Chosen Bars</source>
        <translation>選択したバーの時間範囲に絞り込む</translation>
    </message>
    <message>
        <source>Show only the events of the bars chosen with the arrow keys</source>
        <translation>矢印キーで選択したバーのイベントだけを表示します</translation>
    </message>
    <message>
        <source>Show the Whole Time Range</source>
        <translation>時間範囲全体を表示</translation>
    </message>
    <message>
        <source>Drop the time range, as a double-click does</source>
        <translation>ダブルクリックと同じく時間範囲の条件を外します</translation>
    </message>
    <message>
        <source>%1 a bar, peak %2</source>
        <translation>1 本あたり %1、最大 %2 件</translation>
    </message>
    <message>
        <source>%1 .. %2: %3 events</source>
        <translation>%1 .. %2: %3 件のイベント</translation>
    </message>
    <message>
        <source>No events with a time</source>
        <translation>時刻のあるイベントがありません</translation>
    </message>
</context>
<context>
    <name>auditlens::ValuePicker</name>
    <message>
        <source>Type part of an id or a name</source>
        <translation>ID または名前の一部を入力</translation>
    </message>
    <message>
        <source>Find %1 values</source>
        <translation>%1の値を検索</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 種類の値</translation>
    </message>
    <message>
        <source>Check the values to show; several combine with OR</source>
        <translation>表示する値をチェックします。複数選ぶと OR で結合します</translation>
    </message>
    <message>
        <source>Any value</source>
        <translation>すべての値</translation>
    </message>
    <message>
        <source>Drop this field&apos;s condition</source>
        <translation>このフィールドの条件を外す</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1: すべて</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n values</source>
        <translation>
            <numerusform>%1: %n 個の値</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose %1 values</source>
        <translation>%1の値を選択</translation>
    </message>
</context>
<context>
    <name>auditlens::WelcomeWidget</name>
    <message>
        <source>Open an audit log or case…</source>
        <translation>監査ログまたはケースを開く…</translation>
    </message>
    <message>
        <source>Open the sample audit log</source>
        <translation>サンプルの監査ログを開く</translation>
    </message>
    <message>
        <source>&lt;h2&gt;AuditLens&lt;/h2&gt;&lt;p&gt;Review CircleCI audit-log exports: open a CSV or JSON Lines export (or drop it here), narrow it down, and read every detail of any event.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;AuditLens&lt;/h2&gt;&lt;p&gt;CircleCI の監査ログのエクスポートをレビューします: CSV または JSON Lines のエクスポートを開き (ここにドロップしても開けます)、絞り込んで、どのイベントも細部まで確認できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近使ったファイル</translation>
    </message>
</context>
<context>
    <name>auditlens::WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>フィルター(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイルを開く(&amp;R)</translation>
    </message>
    <message>
        <source>Open the small audit log that ships with AuditLens</source>
        <translation>AuditLens に付属する小さな監査ログを開きます</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the filtered or selected events</source>
        <translation>絞り込んだイベントまたは選択したイベントをエクスポート</translation>
    </message>
    <message>
        <source>Export the filtered or selected events as CSV, JSON Lines, an HTML or a PDF report</source>
        <translation>絞り込んだイベントまたは選択したイベントを CSV、JSON Lines、HTML レポート、PDF レポートとしてエクスポートします</translation>
    </message>
    <message>
        <source>Cases &amp;Folder…</source>
        <translation>ケースの保存先(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose where AuditLens keeps the cases it makes</source>
        <translation>AuditLens が作成するケースの保存先を選びます</translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation>ケースを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close the case and go back to the welcome screen</source>
        <translation>ケースを閉じてようこそ画面に戻ります</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit AuditLens</source>
        <translation>AuditLens を終了します</translation>
    </message>
    <message>
        <source>Copy Cell</source>
        <translation>セルをコピー</translation>
    </message>
    <message>
        <source>Copy the current cell&apos;s full value</source>
        <translation>現在のセルの値全体をコピーします</translation>
    </message>
    <message>
        <source>&amp;Copy Rows as CSV</source>
        <translation>行を CSV としてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected events as CSV, with a header</source>
        <translation>選択したイベントをヘッダー付きの CSV としてコピーします</translation>
    </message>
    <message>
        <source>Copy Rows as &amp;JSON</source>
        <translation>行を JSON としてコピー(&amp;J)</translation>
    </message>
    <message>
        <source>Copy the selected events as JSON</source>
        <translation>選択したイベントを JSON としてコピーします</translation>
    </message>
    <message>
        <source>&amp;Find in Events</source>
        <translation>イベントを検索(&amp;F)</translation>
    </message>
    <message>
        <source>Go to the search field (filter, or find without filtering)</source>
        <translation>検索欄に移動します (フィルター、または絞り込まない検索)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next event that contains the search text, without filtering</source>
        <translation>絞り込まずに、検索テキストを含む次のイベントに移動します</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous event that contains the search text</source>
        <translation>検索テキストを含む前のイベントに移動します</translation>
    </message>
    <message>
        <source>&amp;Facets</source>
        <translation>ファセット(&amp;F)</translation>
    </message>
    <message>
        <source>Show or hide the top values of each field</source>
        <translation>各フィールドの上位の値を表示または非表示にします</translation>
    </message>
    <message>
        <source>Time &amp;Histogram</source>
        <translation>時間ヒストグラム(&amp;H)</translation>
    </message>
    <message>
        <source>Show or hide the events over time</source>
        <translation>イベントの時間推移を表示または非表示にします</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Show or hide every field of the current event</source>
        <translation>現在のイベントの全フィールドを表示または非表示にします</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>問題(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the rejected and flagged records</source>
        <translation>拒否されたレコードとフラグ付きのレコードを表示または非表示にします</translation>
    </message>
    <message>
        <source>Show &amp;Local Time</source>
        <translation>ローカル時刻で表示(&amp;L)</translation>
    </message>
    <message>
        <source>Show times in this computer&apos;s time zone instead of UTC</source>
        <translation>時刻を UTC ではなくこのコンピューターのタイムゾーンで表示します</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s colour scheme, light or dark</source>
        <translation>デスクトップの配色 (ライトまたはダーク) に従います</translation>
    </message>
    <message>
        <source>Use these colours whatever the desktop&apos;s scheme</source>
        <translation>デスクトップの配色にかかわらずこの配色を使います</translation>
    </message>
    <message>
        <source>&amp;Undo Filter Change</source>
        <translation>フィルターの変更を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Bring back the filter as it was before the last sweeping change</source>
        <translation>直前の大きな変更の前のフィルターに戻します</translation>
    </message>
    <message>
        <source>&amp;Clear All</source>
        <translation>すべてクリア(&amp;C)</translation>
    </message>
    <message>
        <source>clear all</source>
        <translation>すべてクリア</translation>
    </message>
    <message>
        <source>Remove every condition of the filter</source>
        <translation>フィルターの条件をすべて削除します</translation>
    </message>
    <message>
        <source>C&amp;ollapse Exact Copies</source>
        <translation>完全なコピーをまとめる(&amp;O)</translation>
    </message>
    <message>
        <source>Count each group of identical copies of an event once</source>
        <translation>イベントの同一コピーのグループを 1 件として数えます</translation>
    </message>
    <message>
        <source>Last &amp;Hour of the Log</source>
        <translation>ログの最後の 1 時間(&amp;H)</translation>
    </message>
    <message>
        <source>Last &amp;Day of the Log</source>
        <translation>ログの最後の 1 日(&amp;D)</translation>
    </message>
    <message>
        <source>Last &amp;Week of the Log</source>
        <translation>ログの最後の 1 週間(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Whole Log</source>
        <translation>ログ全体(&amp;W)</translation>
    </message>
    <message>
        <source>Show the events of this span before the log&apos;s last event</source>
        <translation>ログの最後のイベントからこの期間さかのぼったイベントを表示します</translation>
    </message>
    <message>
        <source>Drop the time range</source>
        <translation>時間範囲の条件を外します</translation>
    </message>
    <message>
        <source>&amp;About AuditLens</source>
        <translation>AuditLens について(&amp;A)</translation>
    </message>
    <message>
        <source>About AuditLens</source>
        <translation>AuditLens について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;AuditLens %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Review CircleCI audit-log exports: filter a million events interactively, inspect every field, and keep the evidence untouched.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, Version 2.0. Uses Qt (LGPL-3.0), simdjson (Apache-2.0), SQLite (public domain) and OpenSSL (Apache-2.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;AuditLens %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;CircleCI の監査ログのエクスポートをレビューします: 100 万件のイベントを対話的に絞り込み、すべてのフィールドを調べ、証拠には手を加えません。&lt;/p&gt;&lt;p&gt;Apache License, Version 2.0 の下で提供されます。Qt (LGPL-3.0)、simdjson (Apache-2.0)、SQLite (パブリックドメイン)、OpenSSL (Apache-2.0) を使用しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The version of AuditLens and what it is for</source>
        <translation>AuditLens のバージョンと用途</translation>
    </message>
    <message>
        <source>AuditLens &amp;User Guide</source>
        <translation>AuditLens ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>Read the guide that ships with AuditLens (works offline)</source>
        <translation>AuditLens に付属するガイドを読みます (オフラインで使えます)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Every key AuditLens answers to</source>
        <translation>AuditLens で使えるすべてのキー</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>The version of Qt and its licence</source>
        <translation>Qt のバージョンとライセンス</translation>
    </message>
    <message>
        <source>Bring back the filter as it was before %1</source>
        <translation>「%1」の前のフィルターに戻します</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>Open an audit-log export (CSV, JSON Lines) or a case; several exports open together as one case</source>
        <translation>監査ログのエクスポート (CSV、JSON Lines) またはケースを開きます。複数のエクスポートはまとめて 1 つのケースになります</translation>
    </message>
    <message>
        <source>&amp;Add Exports to Case…</source>
        <translation>ケースにエクスポートを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Import more exports (CSV, JSON Lines) into the open case</source>
        <translation>開いているケースにさらにエクスポート (CSV、JSON Lines) をインポートします</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>ソース(&amp;S)</translation>
    </message>
    <message>
        <source>Show or hide the exports of the case and the days they cover</source>
        <translation>ケースのエクスポートとそれらがカバーする日を表示または非表示にします</translation>
    </message>
    <message>
        <source>Ca&amp;ses…</source>
        <translation>ケース一覧(&amp;S)…</translation>
    </message>
    <message>
        <source>List the cases with their sources, events and size; open or delete one</source>
        <translation>ケースをソース、イベント数、サイズとともに一覧表示し、開いたり削除したりします</translation>
    </message>
    <message>
        <source>Open the Sample &amp;Log</source>
        <translation>サンプルログを開く(&amp;L)</translation>
    </message>
    <message>
        <source>Events of the Same &amp;Request</source>
        <translation>同じリクエストのイベント(&amp;R)</translation>
    </message>
    <message>
        <source>Show every event of the current event&apos;s request, whatever the filter</source>
        <translation>フィルターに関係なく、現在のイベントのリクエストのイベントをすべて表示します</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Go back to the previous filter and the event that was selected</source>
        <translation>前のフィルターと、そのとき選択していたイベントに戻ります</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>Go forward again to the filter Back left</source>
        <translation>戻る前のフィルターにもう一度進みます</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>Show or hide the Back and Forward buttons</source>
        <translation>戻る・進むボタンを表示または非表示にします</translation>
    </message>
    <message>
        <source>no filter (every event)</source>
        <translation>フィルターなし (すべてのイベント)</translation>
    </message>
    <message>
        <source>Back to: %1 (Alt+Left)</source>
        <translation>戻る: %1 (Alt+Left)</translation>
    </message>
    <message>
        <source>Back: no earlier filter</source>
        <translation>戻る: これより前のフィルターはありません</translation>
    </message>
    <message>
        <source>Forward to: %1 (Alt+Right)</source>
        <translation>進む: %1 (Alt+Right)</translation>
    </message>
    <message>
        <source>Forward: no later filter</source>
        <translation>進む: これより後のフィルターはありません</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>スター(&amp;S)</translation>
    </message>
    <message>
        <source>Star the selected events, or take their stars away when every one of them is starred</source>
        <translation>選択したイベントにスターを付けます。すべてにスターが付いている場合はスターを外します</translation>
    </message>
    <message>
        <source>Star the selected events (%1)</source>
        <translation>選択したイベントにスターを付ける (%1)</translation>
    </message>
    <message>
        <source>&amp;Tag Selected Events…</source>
        <translation>選択したイベントにタグを付ける(&amp;T)…</translation>
    </message>
    <message>
        <source>Put a tag on the selected events; the count is shown before anything changes</source>
        <translation>選択したイベントにタグを付けます。変更の前に件数を表示します</translation>
    </message>
    <message>
        <source>Tag &amp;All Filtered Events…</source>
        <translation>フィルターの全イベントにタグを付ける(&amp;A)…</translation>
    </message>
    <message>
        <source>Put a tag on every event of the filter; the count is shown before anything changes</source>
        <translation>フィルターのすべてのイベントにタグを付けます。変更の前に件数を表示します</translation>
    </message>
    <message>
        <source>&amp;Untag Selected Events…</source>
        <translation>選択したイベントのタグを外す(&amp;U)…</translation>
    </message>
    <message>
        <source>Take a tag off the selected events</source>
        <translation>選択したイベントからタグを外します</translation>
    </message>
    <message>
        <source>Untag A&amp;ll Filtered Events…</source>
        <translation>フィルターの全イベントのタグを外す(&amp;L)…</translation>
    </message>
    <message>
        <source>Take a tag off every event of the filter</source>
        <translation>フィルターのすべてのイベントからタグを外します</translation>
    </message>
    <message>
        <source>Next Annotate&amp;d Event</source>
        <translation>次の注釈付きイベント(&amp;D)</translation>
    </message>
    <message>
        <source>Go to the next tagged, starred or noted event of the filter, in the table&apos;s order</source>
        <translation>フィルターの中で、表の順序で次のタグ・スター・メモ付きのイベントへ移動します</translation>
    </message>
    <message>
        <source>&amp;Previous Annotated Event</source>
        <translation>前の注釈付きイベント(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous tagged, starred or noted event of the filter</source>
        <translation>フィルターの中で、前のタグ・スター・メモ付きのイベントへ移動します</translation>
    </message>
    <message>
        <source>Tag &amp;All %1 Filtered Events…</source>
        <translation>フィルターの全 %1 件のイベントにタグを付ける(&amp;A)…</translation>
    </message>
    <message>
        <source>Untag A&amp;ll %1 Filtered Events…</source>
        <translation>フィルターの全 %1 件のイベントのタグを外す(&amp;L)…</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>メモを編集(&amp;N)…</translation>
    </message>
    <message>
        <source>Write or change your note on the current event, in the detail pane (Ctrl+Return saves it)</source>
        <translation>詳細ペインで現在のイベントへのメモを書く・変更する（Ctrl+Return で保存）</translation>
    </message>
    <message>
        <source>&amp;Actor Timeline</source>
        <translation>アクター タイムライン(&amp;A)</translation>
    </message>
    <message>
        <source>Show or hide a lane per busy actor, its events over time</source>
        <translation>活動の多いアクターごとに、イベントの時間推移をレーンで表示または非表示にします</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>検出結果(&amp;I)</translation>
    </message>
    <message>
        <source>Show or hide the findings rules and their hits</source>
        <translation>検出ルールとそのヒットを表示または非表示にします</translation>
    </message>
    <message>
        <source>Findings &amp;Rules…</source>
        <translation>検出ルール(&amp;R)…</translation>
    </message>
    <message>
        <source>Turn findings rules on or off and change their parameters, for this case or as your default</source>
        <translation>検出ルールのオン・オフとパラメーターを、このケースまたはあなたの既定として変更します</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review CircleCI audit-log exports</source>
        <translation>CircleCI の監査ログのエクスポートをレビューします</translation>
    </message>
    <message>
        <source>an audit-log export (CSV, JSON Lines) or a case</source>
        <translation>監査ログのエクスポート (CSV、JSON Lines) またはケース</translation>
    </message>
</context>
</TS>
