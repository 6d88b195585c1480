import type {CorpusLocale} from './locales.ts'

/**
 * The words of the generated corpus. Every entry is one meaning in the three languages, so a
 * sentence drawn once as indices reads as a real translation in each: the three files of a release
 * carry the same structure, links and length, as an agency's translations do.
 *
 * Uzbek is written here with ASCII apostrophes and turned into its real letters by `uzbek()`:
 * U+02BB (oʻ, gʻ) and U+02BC (ʼ) look alike in an editor and are easy to swap by hand.
 */
export type Phrase = Readonly<Record<CorpusLocale, string>>

/** `o'`/`g'` (either case) become oʻ/gʻ with U+02BB; every other `'` is the sign ʼ U+02BC. */
export function uzbek(ascii: string): string {
  return ascii.replace(/([oOgG])'/g, '$1\u02BB').replace(/'/g, '\u02BC')
}

type Row = readonly [en: string, ru: string, uz: string]

function phrase([en, ru, uz]: Row): Phrase {
  return {en, ru, uz: uzbek(uz)}
}

function phrases(rows: readonly Row[]): readonly Phrase[] {
  return rows.map(phrase)
}

/** Who acts; the form used inside a sentence (capitalized when it starts one). */
export const subjects = phrases([
  ['the Ministry of Foreign Affairs', 'Министерство иностранных дел', 'Tashqi ishlar vazirligi'],
  ['the Ministry of Economy and Finance', 'Министерство экономики и финансов', 'Iqtisodiyot va moliya vazirligi'],
  ['the Ministry of Investment', 'Министерство инвестиций', 'Investitsiyalar vazirligi'],
  ['the Ministry of Energy', 'Министерство энергетики', 'Energetika vazirligi'],
  ['the Ministry of Transport', 'Министерство транспорта', 'Transport vazirligi'],
  ['the Ministry of Higher Education', 'Министерство высшего образования', "Oliy ta'lim vazirligi"],
  ['the Tourism Committee', 'Комитет по туризму', "Turizm qo'mitasi"],
  ['the delegation of Uzbekistan', 'делегация Узбекистана', "O'zbekiston delegatsiyasi"],
  ['the government', 'правительство', 'hukumat'],
  ['the Senate', 'Сенат', 'Senat'],
  ['the Legislative Chamber', 'Законодательная палата', 'Qonunchilik palatasi'],
  ['the Chamber of Commerce', 'Торгово-промышленная палата', 'Savdo-sanoat palatasi'],
  ['the regional administration', 'областная администрация', 'viloyat hokimligi'],
  ['the city administration of Tashkent', 'хокимият города Ташкента', 'Toshkent shahar hokimligi'],
  ['the Central Bank', 'Центральный банк', 'Markaziy bank'],
  ['the national airline', 'национальная авиакомпания', 'milliy aviakompaniya'],
  ['the Academy of Sciences', 'Академия наук', 'Fanlar akademiyasi'],
  ['the Institute for Strategic Studies', 'Институт стратегических исследований', 'Strategik tadqiqotlar instituti'],
  ['the working group', 'рабочая группа', 'ishchi guruh'],
  ['the expert council', 'экспертный совет', 'ekspertlar kengashi'],
  ['the organising committee', 'оргкомитет', "tashkiliy qo'mita"],
  ['the Agency for Statistics', 'Агентство статистики', 'Statistika agentligi'],
  ['the railway company', 'железнодорожная компания', "temir yo'l kompaniyasi"],
  ['the Youth Affairs Agency', 'Агентство по делам молодёжи', 'Yoshlar ishlari agentligi'],
  ['the press service', 'пресс-служба', 'matbuot xizmati'],
  ['the foreign minister', 'министр иностранных дел', 'tashqi ishlar vaziri'],
  ['the ambassador', 'посол', 'elchi'],
  ['the head of the delegation', 'глава делегации', 'delegatsiya rahbari'],
  ['a group of foreign investors', 'группа иностранных инвесторов', 'xorijiy investorlar guruhi'],
  ['the national commission', 'национальная комиссия', 'milliy komissiya']
])

/** What the subject does: English and Russian in the present, Uzbek in the present continuous. */
export const verbs = phrases([
  ['discusses', 'обсуждает', 'muhokama qilmoqda'],
  ['supports', 'поддерживает', "qo'llab-quvvatlamoqda"],
  ['reviews', 'рассматривает', "ko'rib chiqmoqda"],
  ['presents', 'представляет', 'taqdim etmoqda'],
  ['approves', 'одобряет', "ma'qullamoqda"],
  ['prepares', 'готовит', 'tayyorlamoqda'],
  ['develops', 'развивает', 'rivojlantirmoqda'],
  ['strengthens', 'укрепляет', 'mustahkamlamoqda'],
  ['expands', 'расширяет', 'kengaytirmoqda'],
  ['studies', 'изучает', "o'rganmoqda"],
  ['proposes', 'предлагает', 'taklif qilmoqda'],
  ['announces', 'объявляет', "e'lon qilmoqda"],
  ['welcomes', 'приветствует', 'olqishlamoqda'],
  ['coordinates', 'координирует', 'muvofiqlashtirmoqda'],
  ['finances', 'финансирует', 'moliyalashtirmoqda'],
  ['launches', 'запускает', 'ishga tushirmoqda'],
  ['evaluates', 'оценивает', 'baholamoqda'],
  ['promotes', 'продвигает', 'ilgari surmoqda'],
  ['updates', 'обновляет', 'yangilamoqda'],
  ['completes', 'завершает', 'yakunlamoqda'],
  ['signs', 'подписывает', 'imzolamoqda'],
  ['monitors', 'отслеживает', 'kuzatmoqda'],
  ['implements', 'реализует', 'amalga oshirmoqda'],
  ['outlines', 'излагает', 'bayon qilmoqda']
])

/** What is acted on: Russian in the accusative, Uzbek with the accusative -ni. */
export const objects = phrases([
  ['the new cooperation programme', 'новую программу сотрудничества', 'yangi hamkorlik dasturini'],
  ['the road map for trade', 'дорожную карту по торговле', "savdo bo'yicha yo'l xaritasini"],
  ['a package of investment projects', 'пакет инвестиционных проектов', "investitsiya loyihalari to'plamini"],
  ['the agreement on transport corridors', 'соглашение о транспортных коридорах', "transport yo'laklari to'g'risidagi bitimni"],
  ['the plan for renewable energy', 'план развития возобновляемой энергетики', 'qayta tiklanuvchi energetika rejasini'],
  ['the draft law on tourism', 'законопроект о туризме', "turizm to'g'risidagi qonun loyihasini"],
  ['the results of the first half-year', 'итоги первого полугодия', 'birinchi yarim yillik natijalarini'],
  ['the strategy for digital development', 'стратегию цифрового развития', 'raqamli rivojlanish strategiyasini'],
  ['joint research on water resources', 'совместные исследования водных ресурсов', "suv resurslari bo'yicha qo'shma tadqiqotlarni"],
  ['the programme of cultural exchanges', 'программу культурных обменов', 'madaniy almashinuv dasturini'],
  ['new scholarships for students', 'новые стипендии для студентов', 'talabalar uchun yangi stipendiyalarni'],
  ['the schedule of direct flights', 'расписание прямых рейсов', "to'g'ridan-to'g'ri reyslar jadvalini"],
  ['the reform of customs procedures', 'реформу таможенных процедур', 'bojxona tartib-taomillari islohotini'],
  ['the construction of a solar power plant', 'строительство солнечной электростанции', 'quyosh elektr stansiyasi qurilishini'],
  ['the modernisation of railways', 'модернизацию железных дорог', "temir yo'llarni modernizatsiya qilishni"],
  ['the agenda of the summit', 'повестку дня саммита', 'sammit kun tartibini'],
  ['the memorandum on education', 'меморандум об образовании', "ta'lim to'g'risidagi memorandumni"],
  ['the list of priority sectors', 'перечень приоритетных отраслей', "ustuvor tarmoqlar ro'yxatini"],
  ['measures to support exporters', 'меры поддержки экспортёров', "eksportchilarni qo'llab-quvvatlash choralarini"],
  ['the security dialogue', 'диалог по вопросам безопасности', "xavfsizlik masalalari bo'yicha muloqotni"],
  ['the initiative on regional connectivity', 'инициативу о региональной связанности', "mintaqaviy bog'liqlik tashabbusini"],
  ['the budget of the programme', 'бюджет программы', 'dastur byudjetini'],
  ['the concept of the forum', 'концепцию форума', 'forum konsepsiyasini'],
  ['the annual report', 'годовой отчёт', 'yillik hisobotni'],
  ['a festival of national crafts', 'фестиваль народных ремёсел', 'xalq hunarmandchiligi festivalini'],
  ['the restoration of historic monuments', 'реставрацию исторических памятников', 'tarixiy yodgorliklar restavratsiyasini'],
  ['new rules for foreign visitors', 'новые правила для иностранных гостей', 'xorijiy mehmonlar uchun yangi qoidalarni'],
  ['the training of young diplomats', 'подготовку молодых дипломатов', 'yosh diplomatlar tayyorlashni'],
  ['the exchange of statistical data', 'обмен статистическими данными', "statistik ma'lumotlar almashinuvini"],
  ['a fund for small businesses', 'фонд для малого бизнеса', "kichik biznes uchun jamg'armani"],
  ['the network of industrial parks', 'сеть индустриальных парков', "sanoat parklari tarmog'ini"],
  ['the programme for rural roads', 'программу по сельским дорогам', "qishloq yo'llari dasturini"],
  ['cooperation in the field of medicine', 'сотрудничество в области медицины', 'tibbiyot sohasidagi hamkorlikni'],
  ['the development of green hydrogen', 'развитие зелёного водорода', 'yashil vodorod ishlab chiqarishni'],
  ['the expansion of broadband internet', 'расширение широкополосного интернета', 'keng polosali internetni kengaytirishni'],
  ['the new visa regime', 'новый визовый режим', 'yangi viza rejimini'],
  ['the pilot project in the Fergana Valley', 'пилотный проект в Ферганской долине', "Farg'ona vodiysidagi tajriba loyihasini"],
  ['the plan of joint exercises', 'план совместных учений', "qo'shma mashg'ulotlar rejasini"],
  ['the catalogue of export goods', 'каталог экспортных товаров', 'eksport tovarlari katalogini'],
  ['the programme of the business forum', 'программу бизнес-форума', 'biznes-forum dasturini']
])

/** Where, when or how: after the object in English and Russian, before it in Uzbek. */
export const circumstances = phrases([
  ['at the meeting in Tashkent', 'на встрече в Ташкенте', 'Toshkentdagi uchrashuvda'],
  ['during the official visit', 'в ходе официального визита', 'rasmiy tashrif davomida'],
  ['within the framework of the forum', 'в рамках форума', 'forum doirasida'],
  ['in the coming months', 'в ближайшие месяцы', 'yaqin oylarda'],
  ['together with international partners', 'совместно с международными партнёрами', 'xalqaro hamkorlar bilan birgalikda'],
  ['at a press conference', 'на пресс-конференции', 'matbuot anjumanida'],
  ['at the session of the government', 'на заседании правительства', "hukumat yig'ilishida"],
  ['in Samarkand', 'в Самарканде', 'Samarqandda'],
  ['before the end of the year', 'до конца года', 'yil oxirigacha'],
  ['in cooperation with the regions', 'во взаимодействии с регионами', 'hududlar bilan hamkorlikda'],
  ['at the international conference', 'на международной конференции', 'xalqaro konferensiyada'],
  ['as part of the reforms', 'в рамках реформ', 'islohotlar doirasida'],
  ['for the next five years', 'на ближайшие пять лет', 'kelgusi besh yil uchun'],
  ['at the round table', 'на круглом столе', 'davra suhbatida'],
  ['in Bukhara and Khiva', 'в Бухаре и Хиве', 'Buxoro va Xivada'],
  ['on the sidelines of the summit', 'на полях саммита', 'sammit chetida'],
  ['in an online format', 'в онлайн-формате', 'onlayn formatda'],
  ['after consultations with experts', 'после консультаций с экспертами', "ekspertlar bilan maslahatlashgandan so'ng"],
  ['with the support of donors', 'при поддержке доноров', "donorlar ko'magida"],
  ['at the plenary session', 'на пленарном заседании', 'yalpi majlisda'],
  ['in the Fergana Valley', 'в Ферганской долине', "Farg'ona vodiysida"],
  ['this week', 'на этой неделе', 'shu hafta'],
  ['for the first time', 'впервые', 'ilk bor'],
  ['in line with the presidential decree', 'в соответствии с указом президента', 'Prezident farmoniga muvofiq'],
  ['in Nukus', 'в Нукусе', 'Nukusda'],
  ['at the annual exhibition', 'на ежегодной выставке', "yillik ko'rgazmada"],
  ['in the capital', 'в столице', 'poytaxtda'],
  ['at the business council', 'на деловом совете', 'ishbilarmonlik kengashida'],
  ['after the talks', 'после переговоров', "muzokaralardan so'ng"],
  ['in a joint statement', 'в совместном заявлении', "qo'shma bayonotda"]
])

/** Sentence openers, followed by a comma. */
export const connectors = phrases([
  ['In addition', 'Кроме того', 'Bundan tashqari'],
  ['At the same time', 'В то же время', 'Shu bilan birga'],
  ['According to the organisers', 'По словам организаторов', "Tashkilotchilarning so'zlariga ko'ra"],
  ['As a result', 'В результате', 'Natijada'],
  ['Moreover', 'Более того', 'Qolaversa'],
  ['As noted', 'Как отмечается', "Ta'kidlanganidek"],
  ['Meanwhile', 'Тем временем', 'Ayni paytda'],
  ['Furthermore', 'Помимо этого', 'Shuningdek'],
  ['In particular', 'В частности', 'Xususan'],
  ['As reported', 'Как сообщается', 'Xabar qilinishicha'],
  ['Therefore', 'Поэтому', 'Shu sababli'],
  ['Earlier', 'Ранее', 'Avvalroq']
])

export const headings = phrases([
  ['Background', 'Предыстория', 'Tarixi'],
  ['Main results', 'Основные итоги', 'Asosiy natijalar'],
  ['Next steps', 'Следующие шаги', 'Keyingi qadamlar'],
  ['What was agreed', 'О чём договорились', 'Nimalar kelishildi'],
  ['Figures and facts', 'Цифры и факты', 'Raqamlar va faktlar'],
  ['Regional dimension', 'Региональное измерение', 'Mintaqaviy jihat'],
  ['Investment projects', 'Инвестиционные проекты', 'Investitsiya loyihalari'],
  ['Opinions of experts', 'Мнения экспертов', 'Ekspertlar fikri'],
  ['Programme of the visit', 'Программа визита', 'Tashrif dasturi'],
  ['Cooperation in education', 'Сотрудничество в образовании', "Ta'lim sohasidagi hamkorlik"],
  ['Energy and climate', 'Энергетика и климат', 'Energetika va iqlim'],
  ['Transport links', 'Транспортные связи', 'Transport aloqalari'],
  ['Culture and heritage', 'Культура и наследие', 'Madaniyat va meros'],
  ['Security issues', 'Вопросы безопасности', 'Xavfsizlik masalalari'],
  ['Digital economy', 'Цифровая экономика', 'Raqamli iqtisodiyot'],
  ['Tourism potential', 'Туристический потенциал', 'Turizm salohiyati'],
  ['Trade and exports', 'Торговля и экспорт', 'Savdo va eksport'],
  ['Outlook', 'Перспективы', 'Istiqbollar']
])

/** Items of bulleted lists, in the nominative. */
export const listItems = phrases([
  ['new transport corridors', 'новые транспортные коридоры', "yangi transport yo'laklari"],
  ['joint ventures in industry', 'совместные предприятия в промышленности', "sanoatdagi qo'shma korxonalar"],
  ['exchange programmes for students', 'программы обмена для студентов', 'talabalar almashinuvi dasturlari'],
  ['solar and wind power plants', 'солнечные и ветровые электростанции', 'quyosh va shamol elektr stansiyalari'],
  ['simplified customs procedures', 'упрощённые таможенные процедуры', 'soddalashtirilgan bojxona tartib-taomillari'],
  ['direct flights between capitals', 'прямые рейсы между столицами', "poytaxtlar o'rtasidagi to'g'ridan-to'g'ri reyslar"],
  ['cooperation in healthcare', 'сотрудничество в здравоохранении', "sog'liqni saqlash sohasidagi hamkorlik"],
  ['digital public services', 'цифровые государственные услуги', 'raqamli davlat xizmatlari'],
  ['support for small businesses', 'поддержка малого бизнеса', "kichik biznesni qo'llab-quvvatlash"],
  ['restoration of historic sites', 'реставрация исторических объектов', "tarixiy obidalarni ta'mirlash"],
  ['training of qualified engineers', 'подготовка квалифицированных инженеров', 'malakali muhandislarni tayyorlash'],
  ['a common platform for data exchange', 'общая платформа для обмена данными', "ma'lumot almashish uchun umumiy platforma"],
  ['water-saving technologies', 'водосберегающие технологии', 'suvni tejovchi texnologiyalar'],
  ['festivals of national culture', 'фестивали национальной культуры', 'milliy madaniyat festivallari'],
  ['logistics centres on the border', 'логистические центры на границе', 'chegaradagi logistika markazlari'],
  ['green bonds', 'зелёные облигации', 'yashil obligatsiyalar'],
  ['joint research laboratories', 'совместные исследовательские лаборатории', "qo'shma ilmiy laboratoriyalar"],
  ['a single tourist visa', 'единая туристическая виза', 'yagona turistik viza'],
  ['modern irrigation systems', 'современные системы орошения', "zamonaviy sug'orish tizimlari"],
  ['cybersecurity exercises', 'учения по кибербезопасности', 'kiberxavfsizlik mashqlari'],
  ['new industrial zones', 'новые промышленные зоны', 'yangi sanoat zonalari'],
  ['electric buses for cities', 'электробусы для городов', 'shaharlar uchun elektrobuslar'],
  ['a register of investment projects', 'реестр инвестиционных проектов', 'investitsiya loyihalari reyestri'],
  ['language courses for diplomats', 'языковые курсы для дипломатов', 'diplomatlar uchun til kurslari']
])

/** Items of numbered lists: the steps of a plan. */
export const steps = phrases([
  ['preparing the legal framework', 'подготовка правовой базы', 'huquqiy bazani tayyorlash'],
  ['selecting pilot regions', 'выбор пилотных регионов', 'tajriba hududlarini tanlash'],
  ['attracting private investors', 'привлечение частных инвесторов', 'xususiy investorlarni jalb qilish'],
  ['launching the first projects', 'запуск первых проектов', 'dastlabki loyihalarni ishga tushirish'],
  ['training specialists', 'обучение специалистов', "mutaxassislarni o'qitish"],
  ['monitoring the results', 'мониторинг результатов', 'natijalarni monitoring qilish'],
  ['publishing an annual report', 'публикация ежегодного отчёта', "yillik hisobotni e'lon qilish"],
  ['holding public consultations', 'проведение общественных консультаций', "jamoatchilik maslahatlarini o'tkazish"],
  ['signing the final agreement', 'подписание итогового соглашения', 'yakuniy bitimni imzolash'],
  ['opening a joint office', 'открытие совместного офиса', "qo'shma ofis ochish"],
  ['agreeing on the budget', 'согласование бюджета', 'byudjetni kelishish'],
  ['informing the public', 'информирование общественности', 'jamoatchilikni xabardor qilish'],
  ['creating a working group', 'создание рабочей группы', 'ishchi guruh tuzish'],
  ['evaluating the first year', 'оценка первого года работы', 'birinchi yil faoliyatini baholash']
])

/** Abbreviations for the raw inline `<abbr>`: the short form and what it stands for. */
const abbreviationRows: ReadonlyArray<readonly [short: Row, title: Row]> = [
  [
    ['SCO', 'ШОС', 'ShHT'],
    ['Shanghai Cooperation Organisation', 'Шанхайская организация сотрудничества', 'Shanxay hamkorlik tashkiloti']
  ],
  [
    ['CIS', 'СНГ', 'MDH'],
    ['Commonwealth of Independent States', 'Содружество Независимых Государств', "Mustaqil Davlatlar Hamdo'stligi"]
  ],
  [
    ['UN', 'ООН', 'BMT'],
    ['United Nations', 'Организация Объединённых Наций', 'Birlashgan Millatlar Tashkiloti']
  ],
  [
    ['EBRD', 'ЕБРР', 'YTTB'],
    ['European Bank for Reconstruction and Development', 'Европейский банк реконструкции и развития', 'Yevropa tiklanish va taraqqiyot banki']
  ],
  [
    ['UNESCO', 'ЮНЕСКО', 'YUNESKO'],
    [
      'United Nations Educational, Scientific and Cultural Organization',
      'Организация Объединённых Наций по вопросам образования, науки и культуры',
      "BMTning ta'lim, fan va madaniyat masalalari bo'yicha tashkiloti"
    ]
  ],
  [
    ['ADB', 'АБР', 'OTB'],
    ['Asian Development Bank', 'Азиатский банк развития', 'Osiyo taraqqiyot banki']
  ]
]
export const abbreviations: ReadonlyArray<{readonly short: Phrase; readonly title: Phrase}> = abbreviationRows.map(([short, title]) => ({
  short: phrase(short),
  title: phrase(title)
}))

/** Sentences naming an organisation; `{abbr}` is where the `<abbr>` goes. */
export const abbreviationSentences = phrases([
  [
    'Representatives of the {abbr} also took part in the discussion.',
    'В обсуждении также приняли участие представители {abbr}.',
    'Muhokamada {abbr} vakillari ham ishtirok etdi.'
  ],
  [
    'Experts of the {abbr} will assess the first results.',
    'Эксперты {abbr} оценят первые результаты.',
    '{abbr} ekspertlari dastlabki natijalarni baholaydi.'
  ],
  ['The initiative was welcomed by the {abbr}.', 'Инициативу поддержали в {abbr}.', "Tashabbus {abbr} tomonidan qo'llab-quvvatlandi."],
  [
    'The project is being prepared in consultation with the {abbr}.',
    'Проект готовится в консультациях с {abbr}.',
    'Loyiha {abbr} bilan maslahatlashgan holda tayyorlanmoqda.'
  ]
])

/** Who is quoted in a block quote. */
export const speakers = phrases([
  ['head of the delegation', 'глава делегации', 'delegatsiya rahbari'],
  ['deputy minister', 'заместитель министра', "vazir o'rinbosari"],
  ['director of the institute', 'директор института', 'institut direktori'],
  ['chair of the organising committee', 'председатель оргкомитета', "tashkiliy qo'mita raisi"],
  ['ambassador of Uzbekistan', 'посол Узбекистана', "O'zbekiston elchisi"],
  ['spokesperson of the ministry', 'представитель министерства', 'vazirlik vakili']
])

/** Alternative texts of images; any of them may describe any corpus image. */
export const imageAlts = phrases([
  [
    'Delegates seated at a round table in a conference hall',
    'Делегаты за круглым столом в конференц-зале',
    "Konferensiya zalidagi davra stoli atrofida o'tirgan delegatlar"
  ],
  ['Speakers on a stage in front of a large screen', 'Спикеры на сцене перед большим экраном', "Katta ekran oldida sahnadagi ma'ruzachilar"],
  ['Rows of solar panels under a clear sky', 'Ряды солнечных панелей под ясным небом', 'Musaffo osmon ostidagi quyosh panellari qatorlari'],
  [
    'Visitors walking past exhibition stands',
    'Посетители проходят мимо выставочных стендов',
    "Ko'rgazma stendlari yonidan o'tib borayotgan tashrif buyuruvchilar"
  ],
  [
    'Tiled domes of a historic madrasa in Samarkand',
    'Изразцовые купола исторического медресе в Самарканде',
    'Samarqanddagi tarixiy madrasaning koshinli gumbazlari'
  ],
  ['Participants talking at small tables', 'Участники беседуют за небольшими столами', 'Kichik stollar atrofida suhbatlashayotgan ishtirokchilar'],
  [
    'A chart of installed generating capacity by year',
    'График установленной генерирующей мощности по годам',
    "Yillar bo'yicha o'rnatilgan quvvatlar grafigi"
  ],
  [
    'Ministers shaking hands after signing an agreement',
    'Министры пожимают руки после подписания соглашения',
    "Bitim imzolangandan so'ng qo'l berib ko'rishayotgan vazirlar"
  ]
])

export const datelines = phrases([
  ['Tashkent', 'Ташкент', 'Toshkent'],
  ['Samarkand', 'Самарканд', 'Samarqand'],
  ['Bukhara', 'Бухара', 'Buxoro'],
  ['Khiva', 'Хива', 'Xiva'],
  ['Nukus', 'Нукус', 'Nukus'],
  ['Fergana', 'Фергана', "Farg'ona"],
  ['Namangan', 'Наманган', 'Namangan'],
  ['Termez', 'Термез', 'Termiz']
])

export const authors = phrases([
  ['Dunyo', 'Дунё', 'Dunyo'],
  ['Dunyo press service', 'Пресс-служба «Дунё»', 'Dunyo matbuot xizmati'],
  ['Dunyo correspondent', 'Корреспондент «Дунё»', 'Dunyo muxbiri']
])

/** The project's tag ids (each has a name in every locale file). */
export const tagIds = [
  'diplomacy',
  'economy',
  'security',
  'culture',
  'forums',
  'sco',
  'investment',
  'education',
  'energy',
  'tourism',
  'transport',
  'technology'
] as const
