/**
 * The sector's common abbreviations, as they stand in the "Ответственный" column of
 * Russian education plans. Only names used across regions belong here; a document's own
 * short names ("ПРШ", "ГЦРО", "Западное управление") come from its glossary.
 *
 * `kind` is what a party named by the abbreviation alone is (see kind.ts for the rules):
 * organization — an institution or an authority; unit — a service, centre, association,
 * commission or council that belongs to an organization.
 */
import type { PartyKind } from '../../model/responsible.js';

export interface Abbreviation {
  expansion: string;
  kind: PartyKind;
}

const ORG = 'organization' as const;
const UNIT = 'unit' as const;

export const BUILTIN_ABBREVIATIONS: ReadonlyMap<string, Abbreviation> = new Map<string, Abbreviation>([
  // Schools and other institutions, as a class.
  ['ОО', { expansion: 'общеобразовательная организация', kind: ORG }],
  // In a plan's text "ООО" is usually "основное общее образование"; in the column of
  // those responsible it can only name schools.
  ['ООО', { expansion: 'общеобразовательная организация', kind: ORG }],
  ['ОУ', { expansion: 'образовательное учреждение', kind: ORG }],
  ['ОООД', { expansion: 'организация, осуществляющая образовательную деятельность', kind: ORG }],
  ['ДОУ', { expansion: 'дошкольное образовательное учреждение', kind: ORG }],
  ['ДОО', { expansion: 'дошкольная образовательная организация', kind: ORG }],
  ['ДОД', { expansion: 'учреждение дополнительного образования детей', kind: ORG }],
  ['УДО', { expansion: 'учреждение дополнительного образования', kind: ORG }],
  ['ПОО', { expansion: 'профессиональная образовательная организация', kind: ORG }],
  ['СПО', { expansion: 'среднее профессиональное образование', kind: ORG }],
  ['ВПО', { expansion: 'высшее профессиональное образование', kind: ORG }],
  ['ВУЗ', { expansion: 'высшее учебное заведение', kind: ORG }],
  ['СОШ', { expansion: 'средняя общеобразовательная школа', kind: ORG }],
  ['ООШ', { expansion: 'основная общеобразовательная школа', kind: ORG }],
  ['НОШ', { expansion: 'начальная общеобразовательная школа', kind: ORG }],
  ['СШ', { expansion: 'средняя школа', kind: ORG }],
  ['ДДТ', { expansion: 'дом детского творчества', kind: ORG }],
  ['ЦДТ', { expansion: 'центр детского творчества', kind: ORG }],
  ['ДЮСШ', { expansion: 'детско-юношеская спортивная школа', kind: ORG }],
  // Authorities.
  ['УО', { expansion: 'управление образования', kind: ORG }],
  ['ДО', { expansion: 'департамент образования', kind: ORG }],
  ['ОМСУ', { expansion: 'орган местного самоуправления', kind: ORG }],
  ['ОИВ', { expansion: 'орган исполнительной власти', kind: ORG }],
  ['МОиН', { expansion: 'министерство образования и науки', kind: ORG }],
  ['КДН', { expansion: 'комиссия по делам несовершеннолетних', kind: UNIT }],
  ['КДНиЗП', { expansion: 'комиссия по делам несовершеннолетних и защите их прав', kind: UNIT }],
  // Regional and federal institutions.
  ['ИРО', { expansion: 'институт развития образования', kind: ORG }],
  ['ИПК', { expansion: 'институт повышения квалификации', kind: ORG }],
  ['ЦОКО', { expansion: 'центр оценки качества образования', kind: ORG }],
  ['РЦОИ', { expansion: 'региональный центр обработки информации', kind: ORG }],
  ['ФИОКО', { expansion: 'Федеральный институт оценки качества образования', kind: ORG }],
  ['ППМС', { expansion: 'центр психолого-педагогической, медицинской и социальной помощи', kind: ORG }],
  ['ЦПМСС', { expansion: 'центр психолого-медико-социального сопровождения', kind: ORG }],
  // Services, centres and bodies inside an organization.
  ['ИМЦ', { expansion: 'информационно-методический центр', kind: UNIT }],
  ['ММЦ', { expansion: 'муниципальный методический центр', kind: UNIT }],
  ['ММС', { expansion: 'муниципальная методическая служба', kind: UNIT }],
  ['МС', { expansion: 'методическая служба', kind: UNIT }],
  ['ЦНППМ', { expansion: 'центр непрерывного повышения профессионального мастерства педагогических работников', kind: UNIT }],
  ['ПМПК', { expansion: 'психолого-медико-педагогическая комиссия', kind: UNIT }],
  ['ТПМПК', { expansion: 'территориальная психолого-медико-педагогическая комиссия', kind: UNIT }],
  ['ЦПМПК', { expansion: 'центральная психолого-медико-педагогическая комиссия', kind: UNIT }],
  ['УМО', { expansion: 'учебно-методическое объединение', kind: UNIT }],
  ['РМО', { expansion: 'районное методическое объединение', kind: UNIT }],
  ['ММО', { expansion: 'муниципальное методическое объединение', kind: UNIT }],
  ['ГМО', { expansion: 'городское методическое объединение', kind: UNIT }],
  ['ШМО', { expansion: 'школьное методическое объединение', kind: UNIT }],
  ['ПОС', { expansion: 'профессиональное обучающееся сообщество', kind: UNIT }],
  ['ШСП', { expansion: 'школьная служба примирения', kind: UNIT }],
  ['ШСМ', { expansion: 'школьная служба медиации', kind: UNIT }],
  // Legal forms of institutions (also used as the first word of a school's name).
  ['МОО', { expansion: 'муниципальная образовательная организация', kind: ORG }],
  ['МОУ', { expansion: 'муниципальное образовательное учреждение', kind: ORG }],
  ['МБОУ', { expansion: 'муниципальное бюджетное общеобразовательное учреждение', kind: ORG }],
  ['МАОУ', { expansion: 'муниципальное автономное общеобразовательное учреждение', kind: ORG }],
  ['МКОУ', { expansion: 'муниципальное казённое общеобразовательное учреждение', kind: ORG }],
  ['МБДОУ', { expansion: 'муниципальное бюджетное дошкольное образовательное учреждение', kind: ORG }],
  ['МАДОУ', { expansion: 'муниципальное автономное дошкольное образовательное учреждение', kind: ORG }],
  ['МКДОУ', { expansion: 'муниципальное казённое дошкольное образовательное учреждение', kind: ORG }],
  ['МДОУ', { expansion: 'муниципальное дошкольное образовательное учреждение', kind: ORG }],
  ['МБУДО', { expansion: 'муниципальное бюджетное учреждение дополнительного образования', kind: ORG }],
  ['МАУДО', { expansion: 'муниципальное автономное учреждение дополнительного образования', kind: ORG }],
  ['МБУ', { expansion: 'муниципальное бюджетное учреждение', kind: ORG }],
  ['МАУ', { expansion: 'муниципальное автономное учреждение', kind: ORG }],
  ['МКУ', { expansion: 'муниципальное казённое учреждение', kind: ORG }],
  ['ГБОУ', { expansion: 'государственное бюджетное общеобразовательное учреждение', kind: ORG }],
  ['ГАОУ', { expansion: 'государственное автономное образовательное учреждение', kind: ORG }],
  ['ГКОУ', { expansion: 'государственное казённое общеобразовательное учреждение', kind: ORG }],
  ['ГОУ', { expansion: 'государственное образовательное учреждение', kind: ORG }],
  ['ГБУ', { expansion: 'государственное бюджетное учреждение', kind: ORG }],
  ['ГАУ', { expansion: 'государственное автономное учреждение', kind: ORG }],
  ['ГКУ', { expansion: 'государственное казённое учреждение', kind: ORG }],
  ['ГБПОУ', { expansion: 'государственное бюджетное профессиональное образовательное учреждение', kind: ORG }],
  ['ГАПОУ', { expansion: 'государственное автономное профессиональное образовательное учреждение', kind: ORG }],
  ['ФГБОУ', { expansion: 'федеральное государственное бюджетное образовательное учреждение', kind: ORG }],
  ['ФГАОУ', { expansion: 'федеральное государственное автономное образовательное учреждение', kind: ORG }],
  ['АНО', { expansion: 'автономная некоммерческая организация', kind: ORG }],
  ['ЧОУ', { expansion: 'частное образовательное учреждение', kind: ORG }],
  ['ДПО', { expansion: 'дополнительное профессиональное образование', kind: ORG }],
]);

/**
 * Legal forms: the first word of an institution's full name ("МБОУ «Куломзинская СШ»",
 * "ГБОУ ДПО ЦПК «Ресурсный центр»"). Such a word takes the qualifiers and the name after it.
 */
export const ORG_FORMS: ReadonlySet<string> = new Set([
  'МОО', 'МОУ', 'МБОУ', 'МАОУ', 'МКОУ', 'МБДОУ', 'МАДОУ', 'МКДОУ', 'МДОУ', 'МБУДО', 'МАУДО', 'МБУ', 'МАУ', 'МКУ',
  'ГБОУ', 'ГАОУ', 'ГКОУ', 'ГОУ', 'ГБУ', 'ГАУ', 'ГКУ', 'ГБПОУ', 'ГАПОУ', 'ФГБОУ', 'ФГАОУ', 'АНО', 'ЧОУ', 'ОГБОУ',
  'КГБОУ', 'ОГАОУ', 'БОУ', 'БУ', 'АОУ', 'КОУ', 'МБОУДО', 'МАОУДО',
]);

/**
 * Words that stand between a legal form and the name: the level or type of the
 * institution ("ДПО", "ДО" = дополнительного образования, "ЦПК", "СОШ").
 */
export const ORG_QUALIFIERS: ReadonlySet<string> = new Set([
  'ДПО', 'ДО', 'ДОД', 'ДОУ', 'ПО', 'СПО', 'ВО', 'ВПО', 'ЦПК', 'ПК', 'СОШ', 'ООШ', 'НОШ', 'СШ', 'ОШ', 'ДДТ', 'ЦДТ',
  'ДЮСШ', 'ЦО', 'ИРО', 'ИПК', 'ЦРО', 'ЦОКО', 'ППМС', 'ЦППМС', 'НШ-ДС', 'ЦДО', 'ДШИ', 'ЦРР',
]);

/**
 * First halves of two-word abbreviations ("ГЦ ШМС" = городской центр …): a centre or
 * service named by where it works and what it does. A name built on one is a unit.
 */
export const COMPOUND_PREFIXES: ReadonlySet<string> = new Set(['ГЦ', 'РЦ', 'МЦ']);

/** The dictionary entry for an abbreviation exactly as written ("МОиН", not "МОИН"). */
export function builtinAbbreviation(word: string): Abbreviation | undefined {
  return BUILTIN_ABBREVIATIONS.get(word);
}
