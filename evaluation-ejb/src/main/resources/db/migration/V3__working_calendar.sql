-- The working-day calendar (工作日历): the national one, and each organisation's own entries,
-- which take the place of national ones of the same date or add days of their own.
-- Days not listed follow the week: Monday to Friday worked, Saturday and Sunday off.
-- (The column is calendar_date: DAY is a reserved word in H2 2.)

CREATE TABLE national_calendar_day (
    calendar_date DATE        NOT NULL PRIMARY KEY,
    kind          VARCHAR(10) NOT NULL,
    holiday       VARCHAR(20) NOT NULL,
    name          VARCHAR(40) NOT NULL,
    CONSTRAINT national_calendar_day_kind_ck CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);

CREATE SEQUENCE organisation_calendar_day_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE organisation_calendar_day (
    id              BIGINT      NOT NULL PRIMARY KEY,
    version         BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL REFERENCES organisation (id),
    calendar_date   DATE        NOT NULL,
    kind            VARCHAR(10) NOT NULL,
    name            VARCHAR(40) NOT NULL,
    CONSTRAINT organisation_calendar_day_uk UNIQUE (organisation_id, calendar_date),
    CONSTRAINT organisation_calendar_day_kind_ck CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);

-- 2026, as published on 2025-11-04 by the General Office of the State Council
-- (国务院办公厅关于2026年部分节假日安排的通知, 国办发明电〔2025〕7号).
-- HOLIDAY: every day of a holiday period (放假), weekends included; WORKDAY: make-up working days (调休上班).
INSERT INTO national_calendar_day (calendar_date, kind, holiday, name) VALUES
    (DATE '2026-01-01', 'HOLIDAY', 'NEW_YEAR', '元旦'), -- 周四
    (DATE '2026-01-02', 'HOLIDAY', 'NEW_YEAR', '元旦'), -- 周五
    (DATE '2026-01-03', 'HOLIDAY', 'NEW_YEAR', '元旦'), -- 周六
    (DATE '2026-01-04', 'WORKDAY', 'NEW_YEAR', '元旦'), -- 周日
    (DATE '2026-02-14', 'WORKDAY', 'SPRING_FESTIVAL', '春节'), -- 周六
    (DATE '2026-02-15', 'HOLIDAY', 'SPRING_FESTIVAL', '春节'), -- 周日
    (DATE '2026-02-16', 'HOLIDAY', 'SPRING_FESTIVAL', '春节'), -- 周一
    (DATE '2026-02-17', 'HOLIDAY', 'SPRING_FESTIVAL', '春节'), -- 周二
    (DATE '2026-02-18', 'HOLIDAY', 'SPRING_FESTIVAL', '春节'), -- 周三
    (DATE '2026-02-19', 'HOLIDAY', 'SPRING_FESTIVAL', '春节'), -- 周四
    (DATE '2026-02-20', 'HOLIDAY', 'SPRING_FESTIVAL', '春节'), -- 周五
    (DATE '2026-02-21', 'HOLIDAY', 'SPRING_FESTIVAL', '春节'), -- 周六
    (DATE '2026-02-22', 'HOLIDAY', 'SPRING_FESTIVAL', '春节'), -- 周日
    (DATE '2026-02-23', 'HOLIDAY', 'SPRING_FESTIVAL', '春节'), -- 周一
    (DATE '2026-02-28', 'WORKDAY', 'SPRING_FESTIVAL', '春节'), -- 周六
    (DATE '2026-04-04', 'HOLIDAY', 'QINGMING', '清明节'), -- 周六
    (DATE '2026-04-05', 'HOLIDAY', 'QINGMING', '清明节'), -- 周日
    (DATE '2026-04-06', 'HOLIDAY', 'QINGMING', '清明节'), -- 周一
    (DATE '2026-05-01', 'HOLIDAY', 'LABOUR_DAY', '劳动节'), -- 周五
    (DATE '2026-05-02', 'HOLIDAY', 'LABOUR_DAY', '劳动节'), -- 周六
    (DATE '2026-05-03', 'HOLIDAY', 'LABOUR_DAY', '劳动节'), -- 周日
    (DATE '2026-05-04', 'HOLIDAY', 'LABOUR_DAY', '劳动节'), -- 周一
    (DATE '2026-05-05', 'HOLIDAY', 'LABOUR_DAY', '劳动节'), -- 周二
    (DATE '2026-05-09', 'WORKDAY', 'LABOUR_DAY', '劳动节'), -- 周六
    (DATE '2026-06-19', 'HOLIDAY', 'DRAGON_BOAT', '端午节'), -- 周五
    (DATE '2026-06-20', 'HOLIDAY', 'DRAGON_BOAT', '端午节'), -- 周六
    (DATE '2026-06-21', 'HOLIDAY', 'DRAGON_BOAT', '端午节'), -- 周日
    (DATE '2026-09-25', 'HOLIDAY', 'MID_AUTUMN', '中秋节'), -- 周五
    (DATE '2026-09-26', 'HOLIDAY', 'MID_AUTUMN', '中秋节'), -- 周六
    (DATE '2026-09-27', 'HOLIDAY', 'MID_AUTUMN', '中秋节'), -- 周日
    (DATE '2026-09-20', 'WORKDAY', 'NATIONAL_DAY', '国庆节'), -- 周日
    (DATE '2026-10-01', 'HOLIDAY', 'NATIONAL_DAY', '国庆节'), -- 周四
    (DATE '2026-10-02', 'HOLIDAY', 'NATIONAL_DAY', '国庆节'), -- 周五
    (DATE '2026-10-03', 'HOLIDAY', 'NATIONAL_DAY', '国庆节'), -- 周六
    (DATE '2026-10-04', 'HOLIDAY', 'NATIONAL_DAY', '国庆节'), -- 周日
    (DATE '2026-10-05', 'HOLIDAY', 'NATIONAL_DAY', '国庆节'), -- 周一
    (DATE '2026-10-06', 'HOLIDAY', 'NATIONAL_DAY', '国庆节'), -- 周二
    (DATE '2026-10-07', 'HOLIDAY', 'NATIONAL_DAY', '国庆节'), -- 周三
    (DATE '2026-10-10', 'WORKDAY', 'NATIONAL_DAY', '国庆节'); -- 周六
