import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../model/deadline.js';
import { parseDeadline, type DeadlineContext } from './index.js';

type Want = Omit<Deadline, 'raw'>;

interface Case {
  raw: string;
  ctx?: DeadlineContext;
  want: Want;
  /** Diagnostic codes, in order; none when absent. */
  diags?: string[];
}

// Contexts taken from the seed documents.
/** 000: order of 01.12.2020. */
const ORDER_2020_12 = { orderDate: '2020-12-01' };
/** 002: order of 08.06.2021. */
const ORDER_2021_06 = { orderDate: '2021-06-08' };
/** 004: order of 09.07.2020. */
const ORDER_2020_07 = { orderDate: '2020-07-09' };
/** 003: roadmap "на 2021-2023 годы". */
const P_2021_2023 = { period: { start: '2021-01-01', end: '2023-12-31' } };
/** 001: roadmap for the 2020/2021 academic year. */
const P_ACADEMIC = { period: { start: '2020-09-01', end: '2021-08-31' } };

const byOrder = (year: number, basis: string) => ({ year, from: 'orderDate' as const, basis });
const byPeriod = (year: number, basis: string) => ({ year, from: 'period' as const, basis });

const cases: Case[] = [
  // ---------------------------------------------------------------- seed 000 (order 01.12.2020)
  { raw: '', want: { kind: 'unspecified', start: null, end: null } },
  { raw: 'в течение года', want: { kind: 'period', start: null, end: null } },
  {
    raw: 'В течение года',
    ctx: { period: { start: '2020-12-01', end: '2021-12-31' } },
    want: { kind: 'period', start: '2020-12-01', end: '2021-12-31' },
  },
  {
    raw: 'январь',
    ctx: ORDER_2020_12,
    want: { kind: 'month', start: '2021-01-01', end: '2021-01-31', inferred: byOrder(2021, '2020-12-01') },
  },
  { raw: 'ежеквартально', want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'quarterly' } } },
  {
    raw: 'Ежеквартально',
    ctx: { period: { start: '2020-12-01', end: '2021-12-31' } },
    want: { kind: 'recurring', start: '2020-12-01', end: '2021-12-31', recurrence: { frequency: 'quarterly' } },
  },
  {
    raw: 'март',
    ctx: ORDER_2020_12,
    want: { kind: 'month', start: '2021-03-01', end: '2021-03-31', inferred: byOrder(2021, '2020-12-01') },
  },
  { raw: 'до 01.12.2020', want: { kind: 'by', start: null, end: '2020-12-01' } },
  {
    raw: 'февраль',
    ctx: ORDER_2020_12,
    want: { kind: 'month', start: '2021-02-01', end: '2021-02-28', inferred: byOrder(2021, '2020-12-01') },
  },
  {
    raw: 'сентябрь',
    ctx: ORDER_2020_12,
    want: { kind: 'month', start: '2021-09-01', end: '2021-09-30', inferred: byOrder(2021, '2020-12-01') },
  },
  {
    raw: 'октябрь',
    ctx: ORDER_2020_12,
    want: { kind: 'month', start: '2021-10-01', end: '2021-10-31', inferred: byOrder(2021, '2020-12-01') },
  },
  { raw: 'до 31.12.2020', want: { kind: 'by', start: null, end: '2020-12-31' } },
  { raw: 'до 15.12.2020', want: { kind: 'by', start: null, end: '2020-12-15' } },
  {
    raw: 'апрель октябрь',
    ctx: ORDER_2020_12,
    want: {
      kind: 'months',
      start: '2021-04-01',
      end: '2021-10-31',
      months: ['2021-04', '2021-10'],
      inferred: byOrder(2021, '2020-12-01'),
    },
  },
  {
    raw: 'апрель',
    ctx: ORDER_2020_12,
    want: { kind: 'month', start: '2021-04-01', end: '2021-04-30', inferred: byOrder(2021, '2020-12-01') },
  },
  {
    raw: 'август-сентябрь',
    ctx: ORDER_2020_12,
    want: { kind: 'range', start: '2021-08-01', end: '2021-09-30', inferred: byOrder(2021, '2020-12-01') },
  },
  {
    raw: 'Дата и время проведения собеседования',
    want: { kind: 'unrecognized', start: null, end: null },
    diags: ['deadline/unrecognized'],
  },
  { raw: '7-11.12.2020', want: { kind: 'range', start: '2020-12-07', end: '2020-12-11' } },
  {
    raw: '15.04.2021 15.07.2021 15.10.2021',
    want: {
      kind: 'days',
      start: '2021-04-15',
      end: '2021-10-15',
      days: ['2021-04-15', '2021-07-15', '2021-10-15'],
    },
  },
  {
    raw: '15.04.2021\n15.07.2021\n15.10.2021',
    want: {
      kind: 'days',
      start: '2021-04-15',
      end: '2021-10-15',
      days: ['2021-04-15', '2021-07-15', '2021-10-15'],
    },
  },
  { raw: '11.12.2020 10.00', want: { kind: 'day', start: '2020-12-11', end: '2020-12-11', time: '10:00' } },
  { raw: '10.12.2020 15.00', want: { kind: 'day', start: '2020-12-10', end: '2020-12-10', time: '15:00' } },
  { raw: '09.12.2020 10.00', want: { kind: 'day', start: '2020-12-09', end: '2020-12-09', time: '10:00' } },
  { raw: '09.12.2020 15.00', want: { kind: 'day', start: '2020-12-09', end: '2020-12-09', time: '15:00' } },
  { raw: '01.12.2020', want: { kind: 'day', start: '2020-12-01', end: '2020-12-01' } },

  // ---------------------------------------------------------------- seed 002 (order 08.06.2021)
  { raw: 'Сентябрь – октябрь 2021 г.', want: { kind: 'range', start: '2021-09-01', end: '2021-10-31' } },
  { raw: 'Январь – декабрь 2022 г.', want: { kind: 'range', start: '2022-01-01', end: '2022-12-31' } },
  { raw: 'Январь – апрель 2022 г.', want: { kind: 'range', start: '2022-01-01', end: '2022-04-30' } },
  {
    raw: 'Сентябрь – октябрь ежегодно',
    ctx: ORDER_2021_06,
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'yearly', months: [9, 10] } },
  },
  { raw: 'Ноябрь – декабрь 2021 г.', want: { kind: 'range', start: '2021-11-01', end: '2021-12-31' } },
  { raw: 'Ноябрь - декабрь 2022 г.', want: { kind: 'range', start: '2022-11-01', end: '2022-12-31' } },
  { raw: 'Август - сентябрь 2022 г.', want: { kind: 'range', start: '2022-08-01', end: '2022-09-30' } },

  // ---------------------------------------------------------------- seed 003 (roadmap 2021-2023)
  {
    raw: 'постоянно',
    ctx: P_2021_2023,
    want: { kind: 'period', start: '2021-01-01', end: '2023-12-31' },
  },
  { raw: 'Постоянно', want: { kind: 'period', start: null, end: null } },
  { raw: 'с ноября 2020г.', want: { kind: 'since', start: '2020-11-01', end: null } },
  { raw: 'ноябрь 2020г.', want: { kind: 'month', start: '2020-11-01', end: '2020-11-30' } },
  {
    raw: 'ежегодно',
    ctx: P_2021_2023,
    want: { kind: 'recurring', start: '2021-01-01', end: '2023-12-31', recurrence: { frequency: 'yearly' } },
  },
  {
    raw: 'по необходимост и',
    want: { kind: 'conditional', start: null, end: null, condition: 'по необходимости' },
  },
  {
    raw: 'С января 2021 года в сроки, установленные ИРООО',
    want: { kind: 'conditional', start: '2021-01-01', end: null, condition: 'в сроки, установленные ИРООО' },
  },
  { raw: 'январь 2021г.', want: { kind: 'month', start: '2021-01-01', end: '2021-01-31' } },
  {
    raw: 'с учетом сроков НПО',
    want: { kind: 'conditional', start: null, end: null, condition: 'с учетом сроков НПО' },
  },
  { raw: 'с октября 2020г. постоянно', want: { kind: 'since', start: '2020-10-01', end: null } },
  { raw: 'с ноября 2020г. постоянно', want: { kind: 'since', start: '2020-11-01', end: null } },
  { raw: 'с декабря 2020г.', want: { kind: 'since', start: '2020-12-01', end: null } },
  { raw: 'октябрь 2020г. – июнь 2021г.', want: { kind: 'range', start: '2020-10-01', end: '2021-06-30' } },
  { raw: 'октябрь 2020г.', want: { kind: 'month', start: '2020-10-01', end: '2020-10-31' } },
  { raw: 'ноябрь 2020г.-январь 2021г.', want: { kind: 'range', start: '2020-11-01', end: '2021-01-31' } },
  { raw: 'июнь 2021г. – июнь 2022г.', want: { kind: 'range', start: '2021-06-01', end: '2022-06-30' } },
  { raw: 'до января 2021г.', want: { kind: 'by', start: null, end: '2021-01-31' } },
  { raw: 'до 2023г.', want: { kind: 'by', start: null, end: '2023-12-31' } },
  { raw: 'до 01.01.2021г.', want: { kind: 'by', start: null, end: '2021-01-01' } },
  { raw: 'декабрь 2020г.', want: { kind: 'month', start: '2020-12-01', end: '2020-12-31' } },
  {
    raw: 'в течение срока проекта',
    ctx: P_2021_2023,
    want: { kind: 'period', start: '2021-01-01', end: '2023-12-31' },
  },
  { raw: 'в течение 2020-2023гг.', want: { kind: 'year', start: '2020-01-01', end: '2023-12-31' } },
  {
    raw: 'По вторникам 1 раз в неделю',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'weekly', weekday: 'tuesday' } },
  },
  {
    raw: 'Ежегодное увеличение',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'yearly' }, condition: 'увеличение' },
    diags: ['deadline/partial'],
  },
  { raw: 'До 01.01.2021', want: { kind: 'by', start: null, end: '2021-01-01' } },
  {
    raw: 'Декабрь 2020 Январь 2021 Февраль 2021 Март 2021',
    want: {
      kind: 'months',
      start: '2020-12-01',
      end: '2021-03-31',
      months: ['2020-12', '2021-01', '2021-02', '2021-03'],
    },
  },
  { raw: 'Декабрь 2020', want: { kind: 'month', start: '2020-12-01', end: '2020-12-31' } },
  {
    raw: 'В сроки, установленные ИРООО',
    want: { kind: 'conditional', start: null, end: null, condition: 'В сроки, установленные ИРООО' },
  },
  {
    raw: '25.11.2021 27.01.2022 29.03.2022',
    want: {
      kind: 'days',
      start: '2021-11-25',
      end: '2022-03-29',
      days: ['2021-11-25', '2022-01-27', '2022-03-29'],
    },
  },
  { raw: '2020г.', want: { kind: 'year', start: '2020-01-01', end: '2020-12-31' } },
  { raw: '1 раз в месяц', want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'monthly' } } },
  {
    raw: '1 раз в 3 года при проведении',
    ctx: P_2021_2023,
    want: {
      kind: 'recurring',
      start: '2021-01-01',
      end: '2023-12-31',
      recurrence: { frequency: 'yearly', interval: 3 },
      condition: 'при проведении',
    },
  },
  {
    raw: '1 раз в 2 недели с ноября\n2020г.',
    want: { kind: 'recurring', start: '2020-11-01', end: null, recurrence: { frequency: 'weekly', interval: 2 } },
  },
  {
    raw: '1 раз в 2 недели с ноября 2020г.',
    ctx: P_2021_2023,
    want: { kind: 'recurring', start: '2020-11-01', end: null, recurrence: { frequency: 'weekly', interval: 2 } },
  },
  {
    raw: '1 раз в 2 недели с ноября',
    ctx: { orderDate: '2020-10-06' },
    want: {
      kind: 'recurring',
      start: '2020-11-01',
      end: null,
      recurrence: { frequency: 'weekly', interval: 2 },
      inferred: byOrder(2020, '2020-10-06'),
    },
  },

  // ---------------------------------------------------------------- seed 004 (order 09.07.2020)
  { raw: 'весь период', want: { kind: 'period', start: null, end: null } },
  {
    raw: 'весь период',
    ctx: { period: { start: '2020-07-09', end: '2022-12-31' } },
    want: { kind: 'period', start: '2020-07-09', end: '2022-12-31' },
  },
  {
    raw: 'в течение каждого года',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'yearly' } },
  },
  {
    raw: 'сентябрь',
    ctx: ORDER_2020_07,
    want: { kind: 'month', start: '2020-09-01', end: '2020-09-30', inferred: byOrder(2020, '2020-07-09') },
  },
  {
    raw: 'сентябрь-декабрь',
    ctx: ORDER_2020_07,
    want: { kind: 'range', start: '2020-09-01', end: '2020-12-31', inferred: byOrder(2020, '2020-07-09') },
  },
  {
    raw: 'январь-март',
    ctx: ORDER_2020_07,
    want: { kind: 'range', start: '2021-01-01', end: '2021-03-31', inferred: byOrder(2021, '2020-07-09') },
  },
  {
    raw: 'январь-май',
    ctx: ORDER_2020_07,
    want: { kind: 'range', start: '2021-01-01', end: '2021-05-31', inferred: byOrder(2021, '2020-07-09') },
  },
  {
    raw: 'по плану работы ОО',
    want: { kind: 'conditional', start: null, end: null, condition: 'по плану работы ОО' },
  },
  {
    raw: 'по мере поступления средств',
    want: { kind: 'conditional', start: null, end: null, condition: 'по мере поступления средств' },
  },
  { raw: 'по графику', want: { kind: 'conditional', start: null, end: null, condition: 'по графику' } },
  {
    raw: 'по графику стажировки',
    want: { kind: 'conditional', start: null, end: null, condition: 'по графику стажировки' },
  },
  {
    raw: 'по графику проведения конкурсов',
    want: { kind: 'conditional', start: null, end: null, condition: 'по графику проведения конкурсов' },
  },
  { raw: 'ноябрь 2022', want: { kind: 'month', start: '2022-11-01', end: '2022-11-30' } },
  { raw: 'июнь 2020', want: { kind: 'month', start: '2020-06-01', end: '2020-06-30' } },
  {
    raw: 'ежегодно сентябрь',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'yearly', months: [9] } },
  },
  {
    raw: 'ежегодно по графику проведения диагностической работы',
    want: {
      kind: 'recurring',
      start: null,
      end: null,
      recurrence: { frequency: 'yearly' },
      condition: 'по графику проведения диагностической работы',
    },
  },
  {
    raw: 'ежегодно март',
    ctx: ORDER_2020_07,
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'yearly', months: [3] } },
  },
  {
    raw: 'ежегодно декабрь',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'yearly', months: [12] } },
  },
  { raw: 'декабрь 2020', want: { kind: 'month', start: '2020-12-01', end: '2020-12-31' } },
  {
    raw: 'декабрь - май',
    ctx: ORDER_2020_07,
    want: { kind: 'range', start: '2020-12-01', end: '2021-05-31', inferred: byOrder(2020, '2020-07-09') },
  },
  { raw: 'декабрь - май', want: { kind: 'range', start: null, end: null } },
  { raw: '2022', want: { kind: 'year', start: '2022-01-01', end: '2022-12-31' } },
  { raw: '2020-21 учебный год', want: { kind: 'academicYear', start: '2020-09-01', end: '2021-08-31' } },
  {
    raw: '2020 по плану работы площадки',
    want: { kind: 'year', start: '2020-01-01', end: '2020-12-31', condition: 'по плану работы площадки' },
  },
  { raw: '2020', want: { kind: 'year', start: '2020-01-01', end: '2020-12-31' } },

  // ---------------------------------------------------------------- seed 001 (academic years)
  { raw: '2020/2021', want: { kind: 'academicYear', start: '2020-09-01', end: '2021-08-31' } },
  { raw: '2021/2022', want: { kind: 'academicYear', start: '2021-09-01', end: '2022-08-31' } },
  {
    raw: '2020/2021(2021/2022) учебный год',
    want: { kind: 'academicYear', start: '2020-09-01', end: '2022-08-31' },
  },
  { raw: '2019/2020 учебного года', want: { kind: 'academicYear', start: '2019-09-01', end: '2020-08-31' } },

  // ---------------------------------------------------------------- quarters and half-years
  { raw: 'I квартал 2021 г.', want: { kind: 'range', start: '2021-01-01', end: '2021-03-31' } },
  { raw: 'II квартал 2021 года', want: { kind: 'range', start: '2021-04-01', end: '2021-06-30' } },
  { raw: '3 квартал 2022 г.', want: { kind: 'range', start: '2022-07-01', end: '2022-09-30' } },
  { raw: '1-й квартал 2021 г.', want: { kind: 'range', start: '2021-01-01', end: '2021-03-31' } },
  { raw: '1 кв. 2021 г.', want: { kind: 'range', start: '2021-01-01', end: '2021-03-31' } },
  { raw: 'в течение I квартала 2021 года', want: { kind: 'range', start: '2021-01-01', end: '2021-03-31' } },
  {
    raw: 'IV квартал',
    ctx: ORDER_2020_12,
    want: { kind: 'range', start: '2020-10-01', end: '2020-12-31', inferred: byOrder(2020, '2020-12-01') },
  },
  { raw: 'до конца I квартала 2021 г.', want: { kind: 'by', start: null, end: '2021-03-31' } },
  {
    raw: 'в 1 полугодии',
    ctx: P_ACADEMIC,
    want: {
      kind: 'range',
      start: '2021-01-01',
      end: '2021-06-30',
      inferred: byPeriod(2021, '2020-09-01/2021-08-31'),
    },
  },
  { raw: 'в 1 полугодии', want: { kind: 'range', start: null, end: null } },
  { raw: '2 полугодие 2021 года', want: { kind: 'range', start: '2021-07-01', end: '2021-12-31' } },
  { raw: 'первое полугодие 2021 г.', want: { kind: 'range', start: '2021-01-01', end: '2021-06-30' } },
  { raw: 'во втором полугодии 2020 года', want: { kind: 'range', start: '2020-07-01', end: '2020-12-31' } },
  {
    raw: '1 полугодие 2020/2021 учебного года',
    want: { kind: 'range', start: '2020-09-01', end: '2020-12-31' },
  },
  {
    raw: '2 полугодие 2020/2021 учебного года',
    want: { kind: 'range', start: '2021-01-01', end: '2021-08-31' },
  },

  // ---------------------------------------------------------------- academic years
  { raw: '2020-2021 учебный год', want: { kind: 'academicYear', start: '2020-09-01', end: '2021-08-31' } },
  { raw: '2020-2021 уч.г.', want: { kind: 'academicYear', start: '2020-09-01', end: '2021-08-31' } },
  { raw: 'на 2021/2022 учебный год', want: { kind: 'academicYear', start: '2021-09-01', end: '2022-08-31' } },
  { raw: '2020/21', want: { kind: 'academicYear', start: '2020-09-01', end: '2021-08-31' } },
  { raw: '2020-2022 учебные годы', want: { kind: 'academicYear', start: '2020-09-01', end: '2022-08-31' } },

  // ---------------------------------------------------------------- whole years
  { raw: '2021-2023', want: { kind: 'year', start: '2021-01-01', end: '2023-12-31' } },
  { raw: '2021 - 2023 годы', want: { kind: 'year', start: '2021-01-01', end: '2023-12-31' } },
  { raw: '2020-2022годы', want: { kind: 'year', start: '2020-01-01', end: '2022-12-31' } },
  { raw: '2021–2022 гг.', want: { kind: 'year', start: '2021-01-01', end: '2022-12-31' } },
  { raw: '2020-21', want: { kind: 'year', start: '2020-01-01', end: '2021-12-31' } },
  { raw: 'в 2021 году', want: { kind: 'year', start: '2021-01-01', end: '2021-12-31' } },
  { raw: '2021 год', want: { kind: 'year', start: '2021-01-01', end: '2021-12-31' } },
  { raw: 'в течение 2021 года', want: { kind: 'year', start: '2021-01-01', end: '2021-12-31' } },
  { raw: '2021, 2022', want: { kind: 'year', start: '2021-01-01', end: '2022-12-31' } },
  { raw: 'с 2021 по 2023 год', want: { kind: 'year', start: '2021-01-01', end: '2023-12-31' } },
  { raw: 'до конца 2021 года', want: { kind: 'by', start: null, end: '2021-12-31' } },
  { raw: 'с 2021 года', want: { kind: 'since', start: '2021-01-01', end: null } },

  // ---------------------------------------------------------------- months in all cases and spellings
  { raw: 'в январе 2021 года', want: { kind: 'month', start: '2021-01-01', end: '2021-01-31' } },
  { raw: 'в феврале 2020 г.', want: { kind: 'month', start: '2020-02-01', end: '2020-02-29' } },
  { raw: 'марта 2021', want: { kind: 'month', start: '2021-03-01', end: '2021-03-31' } },
  {
    raw: 'в апреле',
    ctx: ORDER_2020_12,
    want: { kind: 'month', start: '2021-04-01', end: '2021-04-30', inferred: byOrder(2021, '2020-12-01') },
  },
  { raw: 'в мае 2021 г.', want: { kind: 'month', start: '2021-05-01', end: '2021-05-31' } },
  { raw: 'до июня 2021 года', want: { kind: 'by', start: null, end: '2021-06-30' } },
  { raw: 'в июле 2021', want: { kind: 'month', start: '2021-07-01', end: '2021-07-31' } },
  { raw: 'в августе 2021 г.', want: { kind: 'month', start: '2021-08-01', end: '2021-08-31' } },
  { raw: 'с сентября 2021 года', want: { kind: 'since', start: '2021-09-01', end: null } },
  { raw: 'в октябре 2020', want: { kind: 'month', start: '2020-10-01', end: '2020-10-31' } },
  { raw: 'к ноябрю 2020', want: { kind: 'by', start: null, end: '2020-11-30' } },
  { raw: 'янв. 2021', want: { kind: 'month', start: '2021-01-01', end: '2021-01-31' } },
  { raw: 'сент. 2021 г.', want: { kind: 'month', start: '2021-09-01', end: '2021-09-30' } },
  { raw: 'ДЕКАБРЬ 2020', want: { kind: 'month', start: '2020-12-01', end: '2020-12-31' } },
  { raw: 'cентябрь 2021', want: { kind: 'month', start: '2021-09-01', end: '2021-09-30' } },
  { raw: 'ноябрь2020', want: { kind: 'month', start: '2020-11-01', end: '2020-11-30' } },
  { raw: 'Сентябрь 2021 года.', want: { kind: 'month', start: '2021-09-01', end: '2021-09-30' } },
  { raw: 'Ноябрь 2021 г', want: { kind: 'month', start: '2021-11-01', end: '2021-11-30' } },
  {
    raw: 'октябрь - декабрь',
    ctx: ORDER_2020_12,
    want: { kind: 'range', start: '2021-10-01', end: '2021-12-31', inferred: byOrder(2021, '2020-12-01') },
  },
  {
    raw: 'декабрь',
    ctx: ORDER_2020_12,
    want: { kind: 'month', start: '2020-12-01', end: '2020-12-31', inferred: byOrder(2020, '2020-12-01') },
  },
  { raw: 'май', want: { kind: 'month', start: null, end: null } },
  {
    raw: 'март',
    ctx: P_ACADEMIC,
    want: { kind: 'month', start: '2021-03-01', end: '2021-03-31', inferred: byPeriod(2021, '2020-09-01/2021-08-31') },
  },
  {
    raw: 'октябрь',
    ctx: P_ACADEMIC,
    want: { kind: 'month', start: '2020-10-01', end: '2020-10-31', inferred: byPeriod(2020, '2020-09-01/2021-08-31') },
  },
  {
    raw: 'март',
    ctx: { ...P_ACADEMIC, orderDate: '2020-12-01' },
    want: { kind: 'month', start: '2021-03-01', end: '2021-03-31', inferred: byPeriod(2021, '2020-09-01/2021-08-31') },
  },
  {
    raw: 'сентябрь',
    ctx: { period: { start: '2021-09-01', end: '2023-08-31' } },
    want: { kind: 'month', start: '2021-09-01', end: '2021-09-30', inferred: byPeriod(2021, '2021-09-01/2023-08-31') },
  },
  {
    raw: 'июнь',
    ctx: { period: { start: null, end: '2021-05-31' } },
    want: { kind: 'month', start: '2020-06-01', end: '2020-06-30', inferred: byPeriod(2020, '../2021-05-31') },
  },
  {
    raw: 'август',
    ctx: { period: { start: '2020-12-01', end: '2021-05-31' }, orderDate: '2020-11-20' },
    want: { kind: 'month', start: '2021-08-01', end: '2021-08-31', inferred: byOrder(2021, '2020-11-20') },
    diags: ['deadline/outside-period'],
  },
  {
    raw: 'апрель октябрь',
    ctx: P_ACADEMIC,
    want: {
      kind: 'months',
      start: '2020-10-01',
      end: '2021-04-30',
      months: ['2021-04', '2020-10'],
      inferred: byPeriod(2021, '2020-09-01/2021-08-31'),
    },
  },
  { raw: 'апрель октябрь', want: { kind: 'months', start: null, end: null, months: ['--04', '--10'] } },
  {
    raw: 'декабрь 2021 – январь 2022',
    want: { kind: 'range', start: '2021-12-01', end: '2022-01-31' },
  },
  { raw: 'с октября по декабрь 2020 года', want: { kind: 'range', start: '2020-10-01', end: '2020-12-31' } },
  { raw: 'с ноября 2020 по май 2021', want: { kind: 'range', start: '2020-11-01', end: '2021-05-31' } },
  { raw: 'ноябрь - январь 2021', want: { kind: 'range', start: '2020-11-01', end: '2021-01-31' } },
  { raw: 'ноябрь 2020 - февраль', want: { kind: 'range', start: '2020-11-01', end: '2021-02-28' } },
  {
    raw: 'ноябрь, декабрь 2020',
    want: { kind: 'months', start: '2020-11-01', end: '2020-12-31', months: ['2020-11', '2020-12'] },
  },
  {
    raw: 'март, апрель, май 2021',
    want: { kind: 'months', start: '2021-03-01', end: '2021-05-31', months: ['2021-03', '2021-04', '2021-05'] },
  },
  {
    raw: 'март и сентябрь 2021 г.',
    want: { kind: 'months', start: '2021-03-01', end: '2021-09-30', months: ['2021-03', '2021-09'] },
  },
  {
    raw: 'декабрь, январь 2021',
    want: { kind: 'months', start: '2020-12-01', end: '2021-01-31', months: ['2020-12', '2021-01'] },
  },

  // ---------------------------------------------------------------- days
  { raw: '1 сентября 2021 г.', want: { kind: 'day', start: '2021-09-01', end: '2021-09-01' } },
  { raw: '15 декабря 2020 года', want: { kind: 'day', start: '2020-12-15', end: '2020-12-15' } },
  { raw: '1-го сентября 2021 года', want: { kind: 'day', start: '2021-09-01', end: '2021-09-01' } },
  { raw: 'с 1 по 15 декабря 2020 г.', want: { kind: 'range', start: '2020-12-01', end: '2020-12-15' } },
  { raw: 'с 01.12.2020 по 15.12.2020', want: { kind: 'range', start: '2020-12-01', end: '2020-12-15' } },
  { raw: '01.12.2020 - 15.12.2020', want: { kind: 'range', start: '2020-12-01', end: '2020-12-15' } },
  { raw: '01.12.2020–15.01.2021', want: { kind: 'range', start: '2020-12-01', end: '2021-01-15' } },
  { raw: '1-15 декабря 2020', want: { kind: 'range', start: '2020-12-01', end: '2020-12-15' } },
  { raw: '01.12-15.12.2020', want: { kind: 'range', start: '2020-12-01', end: '2020-12-15' } },
  {
    raw: '5, 12 и 19 декабря 2020 г.',
    want: {
      kind: 'days',
      start: '2020-12-05',
      end: '2020-12-19',
      days: ['2020-12-05', '2020-12-12', '2020-12-19'],
    },
  },
  {
    raw: '15.04.2021, 15.07.2021',
    want: { kind: 'days', start: '2021-04-15', end: '2021-07-15', days: ['2021-04-15', '2021-07-15'] },
  },
  { raw: '01.12.20', want: { kind: 'day', start: '2020-12-01', end: '2020-12-01' } },
  { raw: '2020-12-01', want: { kind: 'day', start: '2020-12-01', end: '2020-12-01' } },
  { raw: '1.12.2020', want: { kind: 'day', start: '2020-12-01', end: '2020-12-01' } },
  { raw: '01.12.2020.', want: { kind: 'day', start: '2020-12-01', end: '2020-12-01' } },
  { raw: '29.02.2020', want: { kind: 'day', start: '2020-02-29', end: '2020-02-29' } },
  { raw: '09.12.2020 в 10:00', want: { kind: 'day', start: '2020-12-09', end: '2020-12-09', time: '10:00' } },
  { raw: '9.12.2020, 9.30', want: { kind: 'day', start: '2020-12-09', end: '2020-12-09', time: '09:30' } },
  {
    raw: '09.12.2020 10.00, 10.12.2020 10.00',
    want: {
      kind: 'days',
      start: '2020-12-09',
      end: '2020-12-10',
      days: ['2020-12-09', '2020-12-10'],
      time: '10:00',
    },
  },
  {
    raw: '09.12.2020 10.00\n10.12.2020 15.00',
    want: { kind: 'days', start: '2020-12-09', end: '2020-12-10', days: ['2020-12-09', '2020-12-10'] },
    diags: ['deadline/several-times'],
  },
  {
    raw: '1 и 15 сентября',
    want: { kind: 'days', start: null, end: null, days: ['--09-01', '--09-15'] },
  },

  // ---------------------------------------------------------------- by
  {
    raw: 'к 1 сентября',
    ctx: ORDER_2020_12,
    want: { kind: 'by', start: null, end: '2021-09-01', inferred: byOrder(2021, '2020-12-01') },
  },
  {
    raw: 'к 1 сентября',
    ctx: P_ACADEMIC,
    want: { kind: 'by', start: null, end: '2020-09-01', inferred: byPeriod(2020, '2020-09-01/2021-08-31') },
  },
  { raw: 'к 1 сентября', want: { kind: 'by', start: null, end: null } },
  { raw: 'к 1 сентября 2021 г.', want: { kind: 'by', start: null, end: '2021-09-01' } },
  {
    raw: 'до 01.12',
    ctx: ORDER_2020_12,
    want: { kind: 'by', start: null, end: '2020-12-01', inferred: byOrder(2020, '2020-12-01') },
  },
  { raw: 'не позднее 25.12.2020', want: { kind: 'by', start: null, end: '2020-12-25' } },
  { raw: 'по 31.12.2020', want: { kind: 'by', start: null, end: '2020-12-31' } },
  { raw: 'не позже 1 марта 2021 г.', want: { kind: 'by', start: null, end: '2021-03-01' } },
  { raw: 'до 1 июня 2021 года', want: { kind: 'by', start: null, end: '2021-06-01' } },
  { raw: 'до\u00a001.12.2020', want: { kind: 'by', start: null, end: '2020-12-01' } },
  {
    raw: 'до 01.12.2020 по согласованию',
    want: { kind: 'by', start: null, end: '2020-12-01', condition: 'по согласованию' },
  },

  // ---------------------------------------------------------------- since
  { raw: 'начиная с 01.09.2021', want: { kind: 'since', start: '2021-09-01', end: null } },
  {
    raw: 'с 01.09.2021 по графику',
    want: { kind: 'conditional', start: '2021-09-01', end: null, condition: 'по графику' },
  },
  {
    raw: 'с января',
    ctx: ORDER_2020_12,
    want: { kind: 'since', start: '2021-01-01', end: null, inferred: byOrder(2021, '2020-12-01') },
  },

  // ---------------------------------------------------------------- recurrence
  { raw: 'ежемесячно', want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'monthly' } } },
  {
    raw: 'Ежемесячно',
    ctx: P_ACADEMIC,
    want: { kind: 'recurring', start: '2020-09-01', end: '2021-08-31', recurrence: { frequency: 'monthly' } },
  },
  { raw: 'еженедельно', want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'weekly' } } },
  { raw: 'ежедневно', want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'daily' } } },
  {
    raw: '2 раза в год',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'yearly', count: 2 } },
  },
  {
    raw: 'дважды в год',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'yearly', count: 2 } },
  },
  {
    raw: '1 раз в полугодие',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'halfyearly' } },
  },
  { raw: 'раз в полгода', want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'halfyearly' } } },
  { raw: 'раз в квартал', want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'quarterly' } } },
  { raw: 'один раз в месяц', want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'monthly' } } },
  {
    raw: '2 раза в месяц',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'monthly', count: 2 } },
  },
  { raw: '1 раз в год', want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'yearly' } } },
  { raw: 'каждый месяц', want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'monthly' } } },
  {
    raw: 'каждые 2 недели',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'weekly', interval: 2 } },
  },
  {
    raw: 'каждую среду',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'weekly', weekday: 'wednesday' } },
  },
  {
    raw: 'по средам и пятницам',
    want: {
      kind: 'recurring',
      start: null,
      end: null,
      recurrence: { frequency: 'weekly', weekdays: ['wednesday', 'friday'] },
    },
  },
  {
    raw: 'по четвергам и понедельникам',
    want: {
      kind: 'recurring',
      start: null,
      end: null,
      recurrence: { frequency: 'weekly', weekdays: ['monday', 'thursday'] },
    },
  },
  {
    raw: 'еженедельно по понедельникам',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'weekly', weekday: 'monday' } },
  },
  {
    raw: 'ежегодно в сентябре',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'yearly', months: [9] } },
  },
  {
    raw: 'ежегодно, декабрь - февраль',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'yearly', months: [12, 1, 2] } },
  },
  {
    raw: 'ежегодно до 1 сентября',
    want: {
      kind: 'recurring',
      start: null,
      end: null,
      recurrence: { frequency: 'yearly', months: [9], dayOfMonth: 1 },
    },
  },
  {
    raw: 'ежегодно в 2021-2023 гг.',
    want: { kind: 'recurring', start: '2021-01-01', end: '2023-12-31', recurrence: { frequency: 'yearly' } },
  },
  {
    raw: 'ежегодно с 2021 года',
    ctx: P_2021_2023,
    want: { kind: 'recurring', start: '2021-01-01', end: null, recurrence: { frequency: 'yearly' } },
  },
  {
    raw: 'не позднее 10 числа каждого месяца',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'monthly', dayOfMonth: 10 } },
  },
  {
    raw: 'ежемесячно до 5 числа',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'monthly', dayOfMonth: 5 } },
  },
  {
    raw: 'ежеквартально (до 5-го числа)',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'quarterly', dayOfMonth: 5 } },
  },
  {
    raw: 'ежеквартально, до 10 числа месяца, следующего за отчетным',
    want: {
      kind: 'recurring',
      start: null,
      end: null,
      recurrence: { frequency: 'quarterly', dayOfMonth: 10 },
      condition: 'следующего за отчетным',
    },
  },
  {
    raw: 'ежемесячно с сентября по май',
    want: {
      kind: 'recurring',
      start: null,
      end: null,
      recurrence: { frequency: 'monthly', months: [9, 10, 11, 12, 1, 2, 3, 4, 5] },
    },
  },
  { raw: 'однократно', want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'once' } } },
  {
    raw: 'в течение года ежемесячно',
    ctx: P_2021_2023,
    want: { kind: 'recurring', start: '2021-01-01', end: '2023-12-31', recurrence: { frequency: 'monthly' } },
  },
  {
    raw: 'каждый понедельник',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'weekly', weekday: 'monday' } },
  },
  {
    raw: 'ежегодно, 1 раз в 2 года',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'yearly', interval: 2 } },
  },
  {
    raw: 'ежегод-\nно',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'yearly' } },
  },
  {
    raw: 'ежегодно ежемесячно',
    want: { kind: 'unrecognized', start: null, end: null },
    diags: ['deadline/unrecognized'],
  },
  { raw: 'до 10 числа', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/unrecognized'] },

  // ---------------------------------------------------------------- the whole period
  {
    raw: 'в течение всего периода',
    ctx: P_2021_2023,
    want: { kind: 'period', start: '2021-01-01', end: '2023-12-31' },
  },
  { raw: 'весь период реализации дорожной карты', want: { kind: 'period', start: null, end: null } },
  { raw: 'в период реализации проекта', want: { kind: 'period', start: null, end: null } },
  { raw: 'на протяжении всего учебного года', want: { kind: 'period', start: null, end: null } },
  {
    raw: 'в течение учебного года',
    ctx: P_ACADEMIC,
    want: { kind: 'period', start: '2020-09-01', end: '2021-08-31' },
  },
  { raw: 'систематически', want: { kind: 'period', start: null, end: null } },
  {
    raw: 'весь период',
    ctx: { period: { start: '2021-01-01', end: null } },
    want: { kind: 'period', start: '2021-01-01', end: null },
  },
  {
    raw: 'в течение года по мере необходимости',
    ctx: P_2021_2023,
    want: { kind: 'conditional', start: '2021-01-01', end: '2023-12-31', condition: 'по мере необходимости' },
  },

  // ---------------------------------------------------------------- conditions
  { raw: 'по необходимости', want: { kind: 'conditional', start: null, end: null, condition: 'по необходимости' } },
  {
    raw: 'По мере необходимости',
    want: { kind: 'conditional', start: null, end: null, condition: 'По мере необходимости' },
  },
  { raw: 'по согласованию', want: { kind: 'conditional', start: null, end: null, condition: 'по согласованию' } },
  { raw: 'по запросу', want: { kind: 'conditional', start: null, end: null, condition: 'по запросу' } },
  {
    raw: 'при наличии финансирования',
    want: { kind: 'conditional', start: null, end: null, condition: 'при наличии финансирования' },
  },
  {
    raw: 'после утверждения программы',
    want: { kind: 'conditional', start: null, end: null, condition: 'после утверждения программы' },
  },
  {
    raw: 'в соответствии с графиком',
    want: { kind: 'conditional', start: null, end: null, condition: 'в соответствии с графиком' },
  },
  { raw: 'согласно плану', want: { kind: 'conditional', start: null, end: null, condition: 'согласно плану' } },
  {
    raw: 'по итогам мониторинга',
    want: { kind: 'conditional', start: null, end: null, condition: 'по итогам мониторинга' },
  },
  {
    raw: 'в течение месяца после утверждения',
    want: { kind: 'conditional', start: null, end: null, condition: 'в течение месяца после утверждения' },
  },
  {
    raw: 'до начала учебного года',
    want: { kind: 'conditional', start: null, end: null, condition: 'до начала учебного года' },
  },
  {
    raw: 'декабрь 2020, по согласованию',
    want: { kind: 'month', start: '2020-12-01', end: '2020-12-31', condition: 'по согласованию' },
  },
  {
    raw: 'по необходи-\nмости',
    want: { kind: 'conditional', start: null, end: null, condition: 'по необходимости' },
  },
  {
    raw: 'по мере поступле ния средств',
    want: { kind: 'conditional', start: null, end: null, condition: 'по мере поступления средств' },
  },
  {
    raw: '«по необходимости»',
    want: { kind: 'conditional', start: null, end: null, condition: 'по необходимости' },
  },
  {
    raw: 'по плану «Точки роста»',
    want: { kind: 'conditional', start: null, end: null, condition: 'по плану «Точки роста»' },
  },
  {
    raw: 'по\n  графику\tстажировки',
    want: { kind: 'conditional', start: null, end: null, condition: 'по графику стажировки' },
  },

  // ---------------------------------------------------------------- spacing, case, punctuation
  { raw: '  ноябрь   2020 г. ', want: { kind: 'month', start: '2020-11-01', end: '2020-11-30' } },
  { raw: 'Декабрь\n2020', want: { kind: 'month', start: '2020-12-01', end: '2020-12-31' } },
  { raw: 'декабрь 2020 г.;', want: { kind: 'month', start: '2020-12-01', end: '2020-12-31' } },
  { raw: 'сентябрь\u00a02021', want: { kind: 'month', start: '2021-09-01', end: '2021-09-30' } },
  { raw: 'ежегодно.', want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'yearly' } } },
  { raw: 'сен-\nтябрь 2021', want: { kind: 'month', start: '2021-09-01', end: '2021-09-30' } },
  { raw: 'Ноябрь — декабрь 2021 г.', want: { kind: 'range', start: '2021-11-01', end: '2021-12-31' } },
  { raw: '2020 – 2021 гг.', want: { kind: 'year', start: '2020-01-01', end: '2021-12-31' } },
  { raw: '-', want: { kind: 'unspecified', start: null, end: null } },
  { raw: '—', want: { kind: 'unspecified', start: null, end: null } },
  { raw: '   ', want: { kind: 'unspecified', start: null, end: null } },
  { raw: '\n', want: { kind: 'unspecified', start: null, end: null } },

  // ---------------------------------------------------------------- impossible or unknown
  { raw: '31.02.2021', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/invalid-date'] },
  { raw: '29.02.2021', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/invalid-date'] },
  { raw: '32.12.2020', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/invalid-date'] },
  { raw: '15.13.2020', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/invalid-date'] },
  { raw: '00.12.2020', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/invalid-date'] },
  {
    raw: '30 февраля 2021 г.',
    want: { kind: 'unrecognized', start: null, end: null },
    diags: ['deadline/invalid-date'],
  },
  { raw: 'до 31.04.2021', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/invalid-date'] },
  {
    raw: 'декабрь 2021 – январь 2020',
    want: { kind: 'unrecognized', start: null, end: null },
    diags: ['deadline/invalid-range'],
  },
  { raw: '2023-2021', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/invalid-range'] },
  { raw: '15-10.12.2020', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/invalid-range'] },
  { raw: 'xyz', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/unrecognized'] },
  { raw: '12345', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/unrecognized'] },
  { raw: '2020 15', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/unrecognized'] },
  { raw: '10.00', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/unrecognized'] },
  { raw: 'года', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/unrecognized'] },
  { raw: '2021, 2023', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/unrecognized'] },
  { raw: '2020/2022', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/unrecognized'] },
  {
    raw: 'декабрь 2020 15.01.2021',
    want: { kind: 'unrecognized', start: null, end: null },
    diags: ['deadline/unrecognized'],
  },
  { raw: 'весна 2021', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/unrecognized'] },
  { raw: 'конец 2021 года', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/unrecognized'] },
  { raw: 'до 2020 2021', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/unrecognized'] },
  { raw: 'с 2020 по', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/unrecognized'] },
  {
    raw: 'март или апрель',
    ctx: ORDER_2020_12,
    want: { kind: 'unrecognized', start: null, end: null },
    diags: ['deadline/unrecognized'],
  },
  { raw: 'в течение', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/unrecognized'] },
  { raw: 'по', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/unrecognized'] },
  {
    raw: '2 квартал 2020/2021 учебного года',
    want: { kind: 'unrecognized', start: null, end: null },
    diags: ['deadline/unrecognized'],
  },
  {
    raw: 'ноябрь-декабрь 2020 г., январь 2021 г.',
    want: { kind: 'unrecognized', start: null, end: null },
    diags: ['deadline/unrecognized'],
  },

  // ---------------------------------------------------------------- read in part (a warning says what is kept)
  {
    raw: 'срок - постоянно',
    want: { kind: 'period', start: null, end: null, condition: 'срок' },
    diags: ['deadline/partial'],
  },
  {
    raw: 'ежеквартально, до 10 числа месяца, следующего за отчётным периодом',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'quarterly', dayOfMonth: 10 }, condition: 'следующего за отчётным периодом' },
  },
  { raw: '12.09.2024 (четверг), 10:00', want: { kind: 'day', start: '2024-09-12', end: '2024-09-12', time: '10:00' } },
  { raw: '12.09.2024, четверг', want: { kind: 'day', start: '2024-09-12', end: '2024-09-12' } },
  // a span of time within the day: its start in time, its end in endTime
  { raw: '13.03.2016 10:00–11:00', want: { kind: 'day', start: '2016-03-13', end: '2016-03-13', time: '10:00', endTime: '11:00' } },
  { raw: '12.03.2016 12.00 - 14.00', want: { kind: 'day', start: '2016-03-12', end: '2016-03-12', time: '12:00', endTime: '14:00' } },
  // an end before the start is no span of time: not read rather than read wrong
  { raw: '12.03.2016 14.00-12.00', want: { kind: 'unrecognized', start: null, end: null }, diags: ['deadline/unrecognized'] },
  { raw: 'в 14.00 19.09.2024', want: { kind: 'day', start: '2024-09-19', end: '2024-09-19', time: '14:00' } },
  { raw: 'II–III кварталы 2026 г.', want: { kind: 'range', start: '2026-04-01', end: '2026-09-30' } },
  { raw: 'I-II квартал 2025 года', want: { kind: 'range', start: '2025-01-01', end: '2025-06-30' } },
  { raw: 'в I–IV кварталах 2025 г.', want: { kind: 'range', start: '2025-01-01', end: '2025-12-31' } },
  {
    raw: '01.09.2021, далее ежегодно',
    want: { kind: 'recurring', start: '2021-09-01', end: null, recurrence: { frequency: 'yearly' } },
  },
  {
    raw: 'до 01.12.2025, далее – ежегодно',
    want: { kind: 'recurring', start: '2025-12-01', end: null, recurrence: { frequency: 'yearly' } },
  },
  {
    raw: 'сентябрь 2025 г., затем ежеквартально',
    want: { kind: 'recurring', start: '2025-09-01', end: null, recurrence: { frequency: 'quarterly' } },
  },

  // ---------------------------------------------------------------- more forms
  { raw: 'по 15.01.2021 включительно', want: { kind: 'by', start: null, end: '2021-01-15' } },
  { raw: 'к 2021 году', want: { kind: 'by', start: null, end: '2021-12-31' } },
  { raw: 'на 2021 год', want: { kind: 'year', start: '2021-01-01', end: '2021-12-31' } },
  { raw: '2020, 2021, 2022 гг.', want: { kind: 'year', start: '2020-01-01', end: '2022-12-31' } },
  {
    raw: 'в течение 2021-2022 учебного года',
    want: { kind: 'academicYear', start: '2021-09-01', end: '2022-08-31' },
  },
  { raw: 'с 01.09.2020 г. по 31.05.2021 г.', want: { kind: 'range', start: '2020-09-01', end: '2021-05-31' } },
  {
    raw: 'декабрь 2020 года – май 2021 года',
    want: { kind: 'range', start: '2020-12-01', end: '2021-05-31' },
  },
  {
    raw: 'в декабре 2020 г. – январе 2021 г.',
    want: { kind: 'range', start: '2020-12-01', end: '2021-01-31' },
  },
  {
    raw: 'ежегодно (март, октябрь)',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'yearly', months: [3, 10] } },
  },
  {
    raw: 'по четвергам',
    want: { kind: 'recurring', start: null, end: null, recurrence: { frequency: 'weekly', weekday: 'thursday' } },
  },
  {
    raw: 'ежегодно в течение срока проекта',
    ctx: P_2021_2023,
    want: { kind: 'recurring', start: '2021-01-01', end: '2023-12-31', recurrence: { frequency: 'yearly' } },
  },
  {
    raw: 'I квартал',
    want: { kind: 'range', start: null, end: null },
  },
  {
    raw: 'в 1 полугодии',
    ctx: ORDER_2020_07,
    want: { kind: 'range', start: '2021-01-01', end: '2021-06-30', inferred: byOrder(2021, '2020-07-09') },
  },
];

const schema = JSON.parse(
  readFileSync(new URL('../../../schemas/deadline.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormatsModule.default(ajv);
const validate = ajv.compile(schema);

describe('parseDeadline: table', () => {
  it('has at least 150 cases, each distinct', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const keys = cases.map((c) => JSON.stringify([c.raw, c.ctx ?? null]));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(cases.map((c) => [JSON.stringify(c.raw) + (c.ctx ? ` ${JSON.stringify(c.ctx)}` : ''), c] as const))(
    '%s',
    (_name, c) => {
      const r = parseDeadline(c.raw, c.ctx);
      expect(r.value).toStrictEqual({ raw: c.raw, ...c.want });
      expect(r.diagnostics.map((d) => d.code)).toStrictEqual(c.diags ?? []);
      expect(validate(r.value), JSON.stringify(validate.errors)).toBe(true);
    },
  );
});

describe('parseDeadline: diagnostics', () => {
  const location = { file: 'plan.docx', table: 1, row: 7, cell: 3 };

  it('names the text and carries the location for an unknown form', () => {
    const r = parseDeadline('Дата и время проведения собеседования', { location });
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0];
    expect(d?.severity).toBe('warning');
    expect(d?.code).toBe('deadline/unrecognized');
    expect(d?.message).toContain('Дата и время проведения собеседования');
    expect(d?.location).toStrictEqual(location);
  });

  it('reports an impossible date once, with the date in the message', () => {
    const r = parseDeadline('31.02.2021', { location });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]?.code).toBe('deadline/invalid-date');
    expect(r.diagnostics[0]?.message).toContain('31.02.2021');
    expect(r.diagnostics[0]?.location).toStrictEqual(location);
  });

  it('collapses a multi-line text into one line in messages', () => {
    const r = parseDeadline('какой-то\nсрок');
    expect(r.diagnostics[0]?.message).toContain('"какой-то срок"');
  });

  it('has no location when the context gives none', () => {
    const r = parseDeadline('xyz');
    expect(r.diagnostics[0]).not.toHaveProperty('location');
  });
});

describe('parseDeadline: context', () => {
  it('ignores a context whose dates are not ISO dates or are reversed', () => {
    const bad = { period: { start: '2021-02-31', end: 'потом' }, orderDate: '01.12.2020' };
    expect(parseDeadline('март', bad).value).toStrictEqual({ raw: 'март', kind: 'month', start: null, end: null });
    const reversed = { period: { start: '2022-01-01', end: '2021-01-01' } };
    expect(parseDeadline('постоянно', reversed).value).toStrictEqual({
      raw: 'постоянно',
      kind: 'period',
      start: null,
      end: null,
    });
  });

  it('does not use the context for a text that gives its year', () => {
    expect(parseDeadline('март 2022', { ...P_ACADEMIC, orderDate: '2020-12-01' }).value).toStrictEqual({
      raw: 'март 2022',
      kind: 'month',
      start: '2022-03-01',
      end: '2022-03-31',
    });
  });
});
