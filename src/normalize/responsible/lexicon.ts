/**
 * Words that tell where a party begins and what kind it is. All in the normalized
 * spelling of Token.word (lower case, "ё" → "е", no closing dot). Stems match a word's
 * beginning; adjectives never match a stem ("школьные" is not "школы").
 */

function hasStem(word: string, stems: readonly string[]): boolean {
  return stems.some((s) => word.startsWith(s));
}

/** Nouns that look like adjectives but name people: "заведующий", "ответственные". */
const SUBSTANTIVES = new Set([
  'заведующий', 'заведующая', 'заведующие', 'ответственный', 'ответственная', 'ответственные', 'управляющий',
  'управляющие', 'уполномоченный', 'уполномоченные', 'дежурный', 'дежурные', 'ведущий', 'главный',
]);

/** Adjectives that end like nouns in -ние. */
const ADJECTIVES_IN_NIE = new Set(['внешние', 'внутренние', 'средние', 'ранние', 'поздние', 'последние', 'нижние', 'верхние', 'летние', 'зимние']);

const NOMINATIVE_ENDINGS = /(?:ая|яя|ое|ее|ые|ие|ый|ий|ой)$/;
const ANY_CASE_ENDINGS = /(?:ая|яя|ое|ее|ые|ие|ый|ий|ой|ую|юю|ого|его|ых|их|ым|им|ыми|ими|ому|ему|ей)$/;

function adjectiveLike(word: string, endings: RegExp): boolean {
  if (word.length < 4 || SUBSTANTIVES.has(word)) return false;
  if (/(?:ние|тие|вие|ьи|ии)$/.test(word) && !ADJECTIVES_IN_NIE.has(word)) return false;
  return endings.test(word);
}

/** "муниципальная", "окружные", "Управленческие": an adjective in the nominative. */
export function isNominativeAdjective(word: string): boolean {
  return adjectiveLike(word, NOMINATIVE_ENDINGS);
}

/** An adjective or participle in any case ("муниципальной", "повышающих"). */
export function isAdjective(word: string): boolean {
  return adjectiveLike(word, ANY_CASE_ENDINGS);
}

/** People and groups of people: a party headed by one of these is a role. */
const PEOPLE = [
  'руководител', 'член', 'куратор', 'педагог', 'учител', 'специалист', 'заместител', 'директор', 'координатор',
  'методист', 'сотрудник', 'работник', 'эксперт', 'тьютор', 'наставник', 'родител', 'обучающ', 'учащ', 'ученик',
  'организатор', 'психолог', 'логопед', 'дефектолог', 'председател', 'начальник', 'завуч', 'заведующ', 'ответственн',
  'уполномоченн', 'инспектор', 'консультант', 'советник', 'секретар', 'преподавател', 'воспитател', 'выпускник',
  'студент', 'волонтер', 'представител', 'администратор',
];
const GROUPS = ['команд', 'групп', 'коллектив', 'администрац', 'сообществ', 'актив'];
const SHORT_POSITIONS = new Set(['зав', 'зам', 'нач', 'рук', 'замдиректора']);

/** Bodies and subdivisions that belong to an organization. */
const UNITS = [
  'отдел', 'сектор', 'служб', 'кафедр', 'лаборатори', 'объединени', 'подразделени', 'филиал', 'комисси', 'совет',
  'консилиум', 'штаб', 'бюро',
];

/** Institutions and authorities. */
const ORGANIZATIONS = [
  'управлени', 'департамент', 'министерств', 'комитет', 'учреждени', 'организаци', 'орган', 'школ', 'гимнази',
  'лицей', 'лицеи', 'колледж', 'техникум', 'университет', 'вуз', 'институт', 'академи', 'центр', 'ассоциац',
  'точк', 'дом', 'площадк', 'мэри', 'муниципалитет', 'издательств', 'предприяти', 'фонд',
  'консорциум', 'союз', 'кванториум',
];

export function isPersonNoun(word: string): boolean {
  return SHORT_POSITIONS.has(word) || SUBSTANTIVES.has(word) || (!isAdjective(word) && hasStem(word, PEOPLE));
}

export function isRoleNoun(word: string): boolean {
  return isPersonNoun(word) || (!isAdjective(word) && hasStem(word, GROUPS));
}

export function isUnitNoun(word: string): boolean {
  return !isAdjective(word) && hasStem(word, UNITS);
}

export function isOrganizationNoun(word: string): boolean {
  return !isAdjective(word) && hasStem(word, ORGANIZATIONS);
}

/**
 * A word that, standing right after a name, begins a party of its own ("МОУО учреждения …",
 * "МОО «ГЦРО» члены …") rather than qualifying that name ("ПРШ группы риска"): a noun for
 * people, or an institution or body in the nominative. "группы" and "команды" are left out
 * on purpose: after a name they are the genitive ("ПРШ группы риска").
 */
const NOMINATIVE_BODIES = new Set([
  'учреждения', 'учреждение', 'организации', 'организация', 'школы', 'школа', 'управление', 'департамент', 'центр',
  'центры', 'отдел', 'служба', 'ассоциация', 'комиссия', 'совет', 'объединение', 'объединения', 'министерство',
  'комитет', 'институт', 'команда', 'группа', 'администрация', 'коллектив', 'коллективы',
]);

export function beginsParty(word: string): boolean {
  return isPersonNoun(word) || NOMINATIVE_BODIES.has(word);
}

/**
 * A word after which an abbreviation is its complement, in the genitive: "руководители ОО",
 * "Управленческая команда ПРШ", "зав.ИДЦ", "организации СПО".
 */
export function takesComplement(word: string): boolean {
  return isRoleNoun(word) || (!isAdjective(word) && hasStem(word, ['учреждени', 'организаци', 'школ']));
}

/** A position held by one person ("зав.", "директор"), as opposed to "руководители" (many). */
const POSITIONS = new Set([
  'зав', 'заведующий', 'заведующая', 'зам', 'заместитель', 'замдиректора', 'директор', 'начальник', 'нач',
  'специалист', 'методист', 'руководитель', 'рук', 'председатель', 'консультант', 'инспектор', 'координатор',
  'куратор', 'учитель', 'советник', 'педагог', 'психолог', 'педагог-психолог', 'эксперт', 'тьютор', 'секретарь',
  'ответственный', 'ответственная', 'главный', 'ведущий', 'старший',
]);

export function isPosition(word: string): boolean {
  return POSITIONS.has(word);
}

/**
 * Words after which a capital does not begin a party: places ("г. Сызрань", "г.о."), "им.",
 * and prepositions ("при Ресурсном центре").
 */
const MARKERS = new Set([
  'г', 'гор', 'город', 'с', 'со', 'село', 'п', 'пос', 'поселок', 'пгт', 'д', 'дер', 'ст', 'р', 'рп', 'х', 'о',
  'им', 'имени', 'ул', 'мкр', 'в', 'во', 'на', 'при', 'для', 'по', 'от', 'до', 'из', 'у', 'к', 'об', 'за', 'над',
  'под', 'между', 'через', 'без',
]);

export function isMarker(word: string): boolean {
  return MARKERS.has(word);
}

/** Nouns of place that follow an oblique adjective: "Самарской области", "Российской Федерации". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'области', 'край', 'края', 'района', 'округа', 'города', 'республики', 'федерации', 'россии',
]);

/** "Краснодарского", "Западного": a capitalised adjective in an oblique case, which qualifies what is before it. */
export function isObliqueCapital(word: string, next: string | undefined): boolean {
  if (/(?:ого|его|ых|их|ому|ему|ыми|ими)$/.test(word) && word.length > 4) return true;
  if (/(?:ой|ей)$/.test(word) && word.length > 4) return next !== undefined && PLACE_NOUNS.has(next);
  return false;
}
