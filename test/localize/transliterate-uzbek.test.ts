import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readTransliterationDictionary, type TransliterationDictionary} from '../../pipeline/localize/transliteration-dictionary.ts'
import {transliterateUzbek} from '../../pipeline/localize/transliterate-uzbek.ts'

const locales = new URL('../../locales/', import.meta.url)

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, locales), 'utf8'))
}

/** The dictionary the project ships; parsed afresh for each use, and frozen by the parser anyway. */
function shippedDictionary(): TransliterationDictionary {
  const {dictionary, problems} = readTransliterationDictionary(
    readFileSync(new URL('uz-Cyrl.dictionary.json', locales), 'utf8'),
    'locales/uz-Cyrl.dictionary.json'
  )
  expect(problems).toEqual([])
  return dictionary!
}

function noExceptions(): TransliterationDictionary {
  return {words: {}, stems: {}, keep: []}
}

type Pair = readonly [latin: string, cyrillic: string]

describe('transliterateUzbek: the letter rules, with no dictionary', () => {
  const letters: Pair[] = [
    ['shahar', 'шаҳар'],
    ['choʻl', 'чўл'],
    ['oʻzbek', 'ўзбек'],
    ['bogʻ', 'боғ'],
    ['togʻli', 'тоғли'],
    ['yangi', 'янги'],
    ['dengiz', 'денгиз'],
    ['mingdan', 'мингдан'],
    ['koʻngillilar', 'кўнгиллилар'],
    ['yosh', 'ёш'],
    ['yuk', 'юк'],
    ['yaqin', 'яқин'],
    ['yetakchi', 'етакчи'],
    ['yer', 'ер'],
    ['quyosh', 'қуёш'],
    ['buyuk', 'буюк'],
    ['ayol', 'аёл'],
    ['poyezd', 'поезд'],
    ['tayyorgarlik', 'тайёргарлик'],
    ['iqtisodiyot', 'иқтисодиёт'],
    ['qishloq', 'қишлоқ'],
    ['huquq', 'ҳуқуқ'],
    ['xavfsizlik', 'хавфсизлик'],
    ['jahon', 'жаҳон'],
    ['xalqaro', 'халқаро'],
    ['hamkorlik', 'ҳамкорлик'],
    ['boʻyicha', 'бўйича'],
    ['uygʻunlashtirish', 'уйғунлаштириш'],
    ['fuqarolar', 'фуқаролар'],
    ['zamonaviy', 'замонавий'],
    ['ijtimoiy', 'ижтимоий'],
    ['vazirlik', 'вазирлик']
  ]
  it.each(letters)('should write %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, noExceptions())).toBe(cyrillic)
  })

  const yBeforeOkina: Pair[] = [
    ['yoʻl', 'йўл'],
    ['yoʻnalish', 'йўналиш'],
    ['yoʻq', 'йўқ']
  ]
  it.each(yBeforeOkina)('should read y before oʻ as й, not ё: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, noExceptions())).toBe(cyrillic)
  })

  const e: Pair[] = [
    ['eksport', 'экспорт'],
    ['energetika', 'энергетика'],
    ['ekspert', 'эксперт'],
    ['elektr', 'электр'],
    ['esa', 'эса'],
    ['etdi', 'этди'],
    ['eng', 'энг'],
    ['aeroport', 'аэропорт'],
    ['poeziya', 'поэзия'],
    ['gidroelektrostansiya', 'гидроэлектростанция'],
    ['teatr', 'театр'],
    ['mehmon', 'меҳмон'],
    ['Yevropa', 'Европа'],
    ['sheʼr', 'шеър'],
    ['isteʼmol', 'истеъмол'],
    ['meʼmoriy', 'меъморий']
  ]
  it.each(e)('should write e as э only at the start and after a vowel: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, noExceptions())).toBe(cyrillic)
  })

  const tutuq: Pair[] = [
    ['maʼlumot', 'маълумот'],
    ['taʼlim', 'таълим'],
    ['sanʼat', 'санъат'],
    ['jamiyat', 'жамият'],
    ['eʼlon', 'эълон'],
    ['aʼzo', 'аъзо'],
    ['saʼy-harakat', 'саъй-ҳаракат'],
    ['qitʼa', 'қитъа'],
    ['hayʼat', 'ҳайъат'],
    ['anʼanaviy', 'анъанавий'],
    ['masʼul', 'масъул'],
    ['taʼkidladi', 'таъкидлади']
  ]
  it.each(tutuq)('should write the tutuq belgisi as ъ: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, noExceptions())).toBe(cyrillic)
  })

  const sAndH: Pair[] = [
    ['Isʼhoq', 'Исҳоқ'],
    ['asʼhob', 'асҳоб'],
    ['ISʼHOQ', 'ИСҲОҚ']
  ]
  it.each(sAndH)('should keep s and h apart across ʼ without writing ъ: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, noExceptions())).toBe(cyrillic)
  })

  const ts: Pair[] = [
    ['ketsa', 'кетса'],
    ['aytsin', 'айтсин'],
    ['hurmatsiz', 'ҳурматсиз'],
    ['delegatsiya', 'делегация'],
    ['konstitutsiya', 'конституция'],
    ['delegatsiyasi', 'делегацияси'],
    ['delegatsiyalar', 'делегациялар'],
    ['inflyatsiya', 'инфляция'],
    ['investitsiyalar', 'инвестициялар'],
    ['konstitutsiyaviy', 'конституциявий'],
    ['innovatsion', 'инновацион'],
    ['sotsial', 'социал'],
    ['Shvetsiya', 'Швеция'],
    ['konferensiya', 'конференция'],
    ['stansiyalari', 'станциялари'],
    ['tendensiya', 'тенденция'],
    ['potensial', 'потенциал'],
    ['Fransiya', 'Франция'],
    ['aksiya', 'акция'],
    ['inspeksiyasi', 'инспекцияси'],
    ['sanksiyalar', 'санкциялар'],
    ['funksiya', 'функция'],
    ['auksion', 'аукцион'],
    ['sessiya', 'сессия'],
    ['Rossiya', 'Россия'],
    ['ekskursiya', 'экскурсия'],
    ['maksimal', 'максимал']
  ]
  it.each(ts)('should write ц only in the loan endings -tsiya, -nsiya, -ksiya, -tsion: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, noExceptions())).toBe(cyrillic)
  })

  const capitals: Pair[] = [
    ['Toshkent', 'Тошкент'],
    ['TOSHKENT', 'ТОШКЕНТ'],
    ['Shanxay', 'Шанхай'],
    ['SHANXAY', 'ШАНХАЙ'],
    ['Yoshlar', 'Ёшлар'],
    ['YOSHLAR', 'ЁШЛАР'],
    ['Oʻzbekiston', 'Ўзбекистон'],
    ['OʻZBEKISTON', 'ЎЗБЕКИСТОН'],
    ['Gʻarb', 'Ғарб'],
    ['Chjan Min', 'Чжан Мин'],
    ['CHORSHANBA', 'ЧОРШАНБА'],
    ['MAʼLUMOT', 'МАЪЛУМОТ'],
    ['Eʼlon', 'Эълон'],
    ['YEVROPA', 'ЕВРОПА'],
    ['Energetika', 'Энергетика'],
    ['YOʻLAK', 'ЙЎЛАК']
  ]
  it.each(capitals)('should keep the case of each letter: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, noExceptions())).toBe(cyrillic)
  })

  const names: Pair[] = [
    ['Xitoy', 'Хитой'],
    ['Qozogʻiston', 'Қозоғистон'],
    ['Mirziyoyev', 'Мирзиёев'],
    ['Hindiston', 'Ҳиндистон'],
    ['Yaponiya', 'Япония'],
    ['Vashington', 'Вашингтон'],
    ['Moskva', 'Москва'],
    ['Pekin', 'Пекин'],
    ['Samarqand', 'Самарқанд'],
    ['Buxoro', 'Бухоро'],
    ['Dushanbe', 'Душанбе'],
    ['Surxondaryo', 'Сурхондарё'],
    ['Navroʻz', 'Наврўз'],
    ['Afgʻoniston', 'Афғонистон'],
    ['Qirgʻiziston', 'Қирғизистон'],
    ['Tokayev', 'Токаев'],
    ['Eron', 'Эрон'],
    ['Sankt-Peterburg', 'Санкт-Петербург'],
    ['Sh.Mirziyoyev', 'Ш.Мирзиёев'],
    ['I.Karimov', 'И.Каримов']
  ]
  it.each(names)('should spell the agency’s frequent names by the rules: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, noExceptions())).toBe(cyrillic)
  })

  const abbreviations: Pair[] = [
    ['ShHT', 'ШҲТ'],
    ['SHHT', 'ШҲТ'],
    ['ShHTga', 'ШҲТга'],
    ['ShHTning', 'ШҲТнинг'],
    ['BMT', 'БМТ'],
    ['AQSh', 'АҚШ'],
    ['AQSH', 'АҚШ'],
    ['MDH', 'МДҲ'],
    ['SMTI', 'СМТИ'],
    ['MATT', 'МАТТ'],
    ['NATO', 'НАТО'],
    ['YUNESKO', 'ЮНЕСКО'],
    ['YeI', 'ЕИ'],
    ['XVF', 'ХВФ'],
    ['OʻzA', 'ЎзА']
  ]
  it.each(abbreviations)('should write Uzbek abbreviations letter by letter: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, noExceptions())).toBe(cyrillic)
  })

  it('should leave text already in Cyrillic as it is', () => {
    const cyrillic = 'Тошкентда 2022 йил 6 сентябрь куни ШҲТ форуми бўлиб ўтди.'
    expect(transliterateUzbek(cyrillic, noExceptions())).toBe(cyrillic)
  })

  it('should not look up inherited object keys as dictionary words', () => {
    expect(transliterateUzbek('constructor', noExceptions())).toBe('цонструцтор')
  })
})

describe('transliterateUzbek: numbers', () => {
  const numbers: Pair[] = [
    ['2022-yil', '2022 йил'],
    ['2022-yilda', '2022 йилда'],
    ['2021-yilgi', '2021 йилги'],
    ['2023-yilning', '2023 йилнинг'],
    ['30-yilligi', '30 йиллиги'],
    ['2022-y.', '2022 й.'],
    ['2018–2021-yillarda', '2018–2021 йилларда'],
    ['17-sentabr', '17 сентябрь'],
    ['6-sentabrda', '6 сентябрда'],
    ['30-avgust', '30 август'],
    ['1-may', '1 май'],
    ['21-mart', '21 март'],
    ['11-oktabrgacha', '11 октябргача'],
    ['4-5-noyabr', '4-5 ноябрь'],
    ['2022-yil 17-sentabrda', '2022 йил 17 сентябрда'],
    ['1-oʻrin', '1-ўрин'],
    ['3-sinf', '3-синф'],
    ['5-maydon', '5-майдон'],
    ['3-martaba', '3-мартаба'],
    ['20-asr', '20-аср'],
    ['50%ga', '50%га'],
    ['19,3 milliard', '19,3 миллиард'],
    ['40 ta davlat', '40 та давлат']
  ]
  it.each(numbers)('should put a space only between a number and a year or a month: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, shippedDictionary())).toBe(cyrillic)
  })

  const codes: Pair[] = [
    ['B2B uchrashuvlar', 'B2B учрашувлар'],
    ['G20 sammiti', 'G20 саммити'],
    ['5G tarmogʻi', '5G тармоғи'],
    ['COVID-19 pandemiyasi', 'COVID-19 пандемияси'],
    ['100 ming km2', '100 минг км2'],
    ['XXI asr', 'XXI аср'],
    ['XIX asrda', 'XIX асрда'],
    ['2023-yilning I choragida', '2023 йилнинг I чорагида']
  ]
  it.each(codes)('should keep codes and Roman numerals in Latin: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, shippedDictionary())).toBe(cyrillic)
  })
})

describe('transliterateUzbek: the shipped dictionary', () => {
  const words: Pair[] = [
    ['oktabr', 'октябрь'],
    ['Oktabr', 'Октябрь'],
    ['OKTABR', 'ОКТЯБРЬ'],
    ['sentabr', 'сентябрь'],
    ['yanvar', 'январь'],
    ['iyun', 'июнь'],
    ['avtomobil', 'автомобиль'],
    ['Belarus', 'Беларусь'],
    ['neft-gaz', 'нефть-газ'],
    ['Nyu-York', 'Нью-Йорк']
  ]
  it.each(words)('should spell whole words from the dictionary: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, shippedDictionary())).toBe(cyrillic)
  })

  const stems: Pair[] = [
    ['oktabrda', 'октябрда'],
    ['OKTABRDA', 'ОКТЯБРДА'],
    ['sentabrgacha', 'сентябргача'],
    ['fevralda', 'февралда'],
    ['dekabrdagi', 'декабрдаги'],
    ['iyunda', 'июнда'],
    ['avtomobillar', 'автомобиллар'],
    ['Belarusda', 'Беларусда'],
    ['Nyu-Yorkda', 'Нью-Йоркда'],
    ['konsert', 'концерт'],
    ['konsertlar', 'концертлар'],
    ['sirk', 'цирк'],
    ['sex', 'цех'],
    ['sexlarida', 'цехларида'],
    ['tsement', 'цемент'],
    ['litsey', 'лицей'],
    ['litseylarda', 'лицейларда'],
    ['kompyuter', 'компьютер'],
    ['kompyuterlashtirish', 'компьютерлаштириш'],
    ['film', 'фильм'],
    ['filmlari', 'фильмлари'],
    ['folklor', 'фольклор'],
    ['obyekt', 'объект'],
    ['obyektlari', 'объектлари'],
    ['obyektiv', 'объектив'],
    ['subyekt', 'субъект'],
    ['meditsina', 'медицина'],
    ['vaksinatsiya', 'вакцинация'],
    ['budjet', 'бюджет'],
    ['budjetdan', 'бюджетдан'],
    ['korrupsiyaga', 'коррупцияга'],
    ['pensiya', 'пенсия'],
    ['ekspansiya', 'экспансия'],
    ['mer', 'мэр'],
    ['rayon', 'район'],
    ['pavilyon', 'павильон'],
    ['intervyu', 'интервью'],
    ['moʻjizasi', 'мўъжизаси'],
    ['Moʻtabar', 'Мўътабар'],
    ['Polsha', 'Польша'],
    ['Shveysariya', 'Швейцария'],
    ['Si Szinpin', 'Си Цзиньпин']
  ]
  it.each(stems)('should spell stems from the dictionary and suffixes by the rules: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, shippedDictionary())).toBe(cyrillic)
  })

  const notStems: Pair[] = [
    ['sirka', 'сирка'],
    ['mergan', 'мерган'],
    ['meros', 'мерос']
  ]
  it.each(notStems)('should not take a word for a stem when no Uzbek suffix follows: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, shippedDictionary())).toBe(cyrillic)
  })

  const regular: Pair[] = [
    ['aktyor', 'актёр'],
    ['rejissyor', 'режиссёр'],
    ['prezident', 'президент'],
    ['respublika', 'республика'],
    ['kompaniya', 'компания'],
    ['kongress', 'конгресс'],
    ['senat', 'сенат']
  ]
  it.each(regular)('should need no dictionary entry for loans the rules spell: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, noExceptions())).toBe(cyrillic)
  })

  it('should let a whole word win over a stem', () => {
    const dictionary = {words: {oktabr: 'октябрь'}, stems: {oktabr: 'октябр'}, keep: []}
    expect(transliterateUzbek('oktabr oktabrda', dictionary)).toBe('октябрь октябрда')
  })

  it('should prefer the longest stem', () => {
    const dictionary = {words: {}, stems: {obyekt: 'объект', obyektiv: 'объектив'}, keep: []}
    expect(transliterateUzbek('obyektivlik', dictionary)).toBe('объективлик')
  })
})

describe('transliterateUzbek: what stays as written', () => {
  const kept: Pair[] = [
    ['SCO', 'SCO'],
    ['GCI indeksi', 'GCI индекси'],
    ['ISMI va SMTI', 'ISMI ва СМТИ'],
    ['UN va WTO', 'UN ва WTO'],
    ['SCOga aʼzo', 'SCOга аъзо'],
    ['IT sohasi', 'IT соҳаси'],
    ['IT Park rezidentlari', 'IT Park резидентлари'],
    ['IT Parkda', 'IT Parkда'],
    ['sco', 'сцо'],
    ['SCOTT', 'СЦОТТ'],
    ['Dunyo bilan suhbatda', 'Dunyo билан суҳбатда'],
    ['Dunyoning muxbiri', 'Dunyoнинг мухбири'],
    ['butun dunyoda', 'бутун дунёда'],
    ['Facebook sahifasida', 'Facebook саҳифасида']
  ]
  it.each(kept)('should keep listed tokens exactly, case-sensitively: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, shippedDictionary())).toBe(cyrillic)
  })

  const addresses: Pair[] = [
    ['https://minenergy.uz/ saytida', 'https://minenergy.uz/ сайтида'],
    ['Batafsil: www.dunyo.uz', 'Батафсил: www.dunyo.uz'],
    ['info@dunyo.uz manziliga yozing', 'info@dunyo.uz манзилига ёзинг'],
    ['example.uz saytida', 'example.uz сайтида'],
    ['Dunyo.uz saytida', 'Dunyo.uz сайтида'],
    ['hisobot.pdf faylida', 'hisobot.pdf файлида'],
    ['(https://gov.uz/oz/news)', '(https://gov.uz/oz/news)'],
    ['va h.k.', 'ва ҳ.к.']
  ]
  it.each(addresses)('should keep URLs, e-mail addresses and file names: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, shippedDictionary())).toBe(cyrillic)
  })

  const foreign: Pair[] = [
    ['WhatsApp orqali', 'WhatsApp орқали'],
    ['Erdoğan', 'Erdoğan']
  ]
  it.each(foreign)('should leave a word with letters outside the Uzbek alphabet whole: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, shippedDictionary())).toBe(cyrillic)
  })
})

describe('transliterateUzbek: running prose', () => {
  const hyphenated: Pair[] = [
    ['ijtimoiy-iqtisodiy', 'ижтимоий-иқтисодий'],
    ['ilmiy-ekspert', 'илмий-эксперт'],
    ['press-reliz', 'пресс-релиз'],
    ['bir-birini', 'бир-бирини'],
    ['qoʻllab-quvvatlash', 'қўллаб-қувватлаш'],
    ['oziq-ovqat', 'озиқ-овқат'],
    ['internet-resurslariga', 'интернет-ресурсларига'],
    ['kon-metallurgiya', 'кон-металлургия'],
    ['tartib-taomillari', 'тартиб-таомиллари']
  ]
  it.each(hyphenated)('should transliterate each part of a hyphenated word: %s as %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, shippedDictionary())).toBe(cyrillic)
  })

  const punctuation: Pair[] = [
    ['Toshkentda,', 'Тошкентда,'],
    ['(SHHT)', '(ШҲТ)'],
    ['(SMTI)', '(СМТИ)'],
    ['«Oʻzbekiston»', '«Ўзбекистон»'],
    ['“Oʻzbektelekom”', '“Ўзбектелеком”'],
    ['Xitoy – Qirgʻiziston – Oʻzbekiston', 'Хитой – Қирғизистон – Ўзбекистон'],
    ['yoʻq!', 'йўқ!'],
    ['nega?', 'нега?'],
    ['…davom etadi.', '…давом этади.'],
    ['  ikki  boʻshliq\n', '  икки  бўшлиқ\n']
  ]
  it.each(punctuation)('should leave punctuation and spacing as they are: %j as %j', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, shippedDictionary())).toBe(cyrillic)
  })

  const sentences: Pair[] = [
    [
      'SMTI direktori oʻrinbosari Bobur Usmonov boʻlajak forumning dolzarbligi va ahamiyati haqida',
      'СМТИ директори ўринбосари Бобур Усмонов бўлажак форумнинг долзарблиги ва аҳамияти ҳақида'
    ],
    [
      'Toshkentda 6-sentabr kuni Shanxay hamkorlik tashkilotining axborot xavfsizligi boʻyicha boʻlajak ilmiy-ekspert forumiga bagʻishlangan matbuot anjumani boʻlib oʻtdi.',
      'Тошкентда 6 сентябрь куни Шанхай ҳамкорлик ташкилотининг ахборот хавфсизлиги бўйича бўлажак илмий-эксперт форумига бағишланган матбуот анжумани бўлиб ўтди.'
    ],
    [
      'Prezident Shavkat Mirziyoyevning 2021-yil 17-sentabrda ShHTga aʼzo davlatlar rahbarlari kengashining Dushanbe sammitida ilgari surgan tashabbusi',
      'Президент Шавкат Мирзиёевнинг 2021 йил 17 сентябрда ШҲТга аъзо давлатлар раҳбарлари кенгашининг Душанбе саммитида илгари сурган ташаббуси'
    ],
    [
      '“Shu munosabat bilan davlatimiz rahbari ShHTning axborot xavfsizligi boʻyicha ekspert forumini oʻtkazishni taklif qildi”, – deya taʼkidladi ekspert.',
      '“Шу муносабат билан давлатимиз раҳбари ШҲТнинг ахборот хавфсизлиги бўйича эксперт форумини ўтказишни таклиф қилди”, – дея таъкидлади эксперт.'
    ],
    [
      '2022-yilda Oʻzbekistonning tashqi savdo aylanmasi 50 milliard AQSh dollarini tashkil etdi.',
      '2022 йилда Ўзбекистоннинг ташқи савдо айланмаси 50 миллиард АҚШ долларини ташкил этди.'
    ],
    [
      'Oktabrda Samarqandda Yevropa va Osiyo mamlakatlari delegatsiyalari ishtirokida xalqaro konferensiya boʻlib oʻtadi.',
      'Октябрда Самарқандда Европа ва Осиё мамлакатлари делегациялари иштирокида халқаро конференция бўлиб ўтади.'
    ],
    ['Registon maydonida kechki konsertlar;', 'Регистон майдонида кечки концертлар;'],
    ['TOSHKENTDA SHHT EKSPERTLARI UCHRASHDI', 'ТОШКЕНТДА ШҲТ ЭКСПЕРТЛАРИ УЧРАШДИ'],
    [
      'Yangi oʻquv yilidan boshlab maktablarda kompyuter savodxonligi darslari oʻtiladi.',
      'Янги ўқув йилидан бошлаб мактабларда компьютер саводхонлиги дарслари ўтилади.'
    ],
    [
      'Yangi quyosh va shamol elektr stansiyalari, shuningdek, energiya toʻplash tizimlari ulandi.',
      'Янги қуёш ва шамол электр станциялари, шунингдек, энергия тўплаш тизимлари уланди.'
    ],
    ['///Dunyo, 2022-yil 30-avgust', '///Dunyo, 2022 йил 30 август']
  ]
  it.each(sentences)('should transliterate a sentence of a release: %s', (latin, cyrillic) => {
    expect(transliterateUzbek(latin, shippedDictionary())).toBe(cyrillic)
  })
})

describe('locales/uz-Cyrl.json', () => {
  type Tree = {[key: string]: string | Tree}
  const flatten = (tree: Tree, prefix = ''): Array<[string, string]> =>
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`)
    )

  it('should have exactly the keys of uz.json', () => {
    const keys = (name: string) => flatten(readJson(name) as Tree).map(([key]) => key)
    expect(keys('uz-Cyrl.json')).toEqual(keys('uz.json'))
  })

  it('should have no Latin letters outside placeholders, the brand and JavaScript', () => {
    const latin = flatten(readJson('uz-Cyrl.json') as Tree).filter(([, value]) =>
      /[A-Za-z]/.test(value.replace(/\{\{[^}]*\}\}|Dunyo|JavaScript/g, ''))
    )
    expect(latin).toEqual([])
  })

  it('should agree with the transliteration of uz.json, placeholders aside', () => {
    const dictionary = shippedDictionary()
    // Placeholders are names for i18next, not prose.
    const transliterate = (value: string) =>
      value
        .split(/(\{\{[^}]*\}\})/)
        .map((piece) => (piece.startsWith('{{') ? piece : transliterateUzbek(piece, dictionary)))
        .join('')
    const expected = flatten(readJson('uz.json') as Tree).map(([key, value]) => [key, transliterate(value)])
    expect(flatten(readJson('uz-Cyrl.json') as Tree)).toEqual(expected)
  })
})
