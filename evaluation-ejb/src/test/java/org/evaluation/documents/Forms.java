package org.evaluation.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Register forms as the tests need them: every field filled, with a summary of any length. */
final class Forms {

    private Forms() {
    }

    static DocumentStamp stamp(String number) {
        return new DocumentStamp(number, "市政务服务中心 2026 年度考核", LocalDateTime.of(2026, 12, 28, 9, 30, 15));
    }

    static RegisterForm complete(String name, String number, String performance) {
        return new RegisterForm(stamp(number), "市政务服务中心", 2026, name, "女", LocalDate.of(1990, 5, 17),
                "中共党员", "大学本科", "市政务服务中心 窗口服务科 一级科员", LocalDate.of(2021, 3, 1),
                List.of(new RegisterForm.Section("德", "坚持学习，政治立场坚定。"),
                        new RegisterForm.Section("能", "熟悉窗口业务，能独立办理复杂事项。"),
                        new RegisterForm.Section("勤", "全年出勤满勤，无迟到早退。"),
                        new RegisterForm.Section("绩", performance),
                        new RegisterForm.Section("廉", "廉洁自律，未收受服务对象财物。"),
                        new RegisterForm.Section("本年度主要工作成绩", "受理办件 800 件，满意率 99%。")),
                "该同志全年表现突出，群众满意度高。", "优秀", "周涛", LocalDate.of(2026, 12, 10),
                "确定为优秀。", LocalDate.of(2026, 12, 15),
                "同意考核委员会意见。", "陈建国", LocalDate.of(2026, 12, 24),
                "同意。今后继续努力。", LocalDate.of(2026, 12, 26), null,
                null);
    }

    /** A text of {@code length} characters that shows any loss: numbered sentences of Chinese. */
    static String longText(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; s.length() < length; i++) {
            s.append("第").append(i).append("句：窗口服务规范落实到位，群众办事更加便捷。");
        }
        return s.substring(0, length);
    }
}
