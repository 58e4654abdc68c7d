/*
 * Copyright The camel-whatsapp-admin Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.whatsappadmin.examples.offboarding;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.whatsappadmin.simulator.DemoNumber;
import io.github.whatsappadmin.simulator.DemoSeed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumbersCsvTest {

    private static List<NumberRow> read(String csv) throws Exception {
        return NumbersCsv.read(new StringReader(csv), "in.csv");
    }

    @Test
    void readsColumnsInAnyOrderWithQuotedLabelsAndBlankLines() throws Exception {
        List<NumberRow> rows = read("\uFEFFaccount,phone_number_id,label\n"
                                    + "102290129340398,1001,\"Support, Berlin \"\"main\"\"\"\n\n"
                                    + ",1002,Sales\n");

        assertThat(rows).containsExactly(new NumberRow(2, "1001", "Support, Berlin \"main\"", "102290129340398"),
                new NumberRow(4, "1002", "Sales", ""));
    }

    @Test
    void labelAndAccountAreOptional() throws Exception {
        assertThat(read("phone_number_id\n1001\n")).containsExactly(new NumberRow(2, "1001", "", ""));
    }

    @Test
    void missingPhoneNumberIdColumnNamesTheHeader() {
        assertThatThrownBy(() -> read("label,account\nBerlin,1\n")).isInstanceOf(InputException.class)
                .hasMessage("in.csv line 1: missing column phone_number_id in the header 'label,account'");
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsNamed() {
        assertThatThrownBy(() -> read("phone_number_id,label\n1001,Berlin\n1002\n"))
                .hasMessage("in.csv line 3: 1 field, the header has 2");
    }

    @Test
    void everyHeaderProblemIsNamedAtOnce() {
        assertThatThrownBy(() -> read("Phone,label,label,acount\n1001,a,b,c\n")).isInstanceOf(InputException.class)
                .hasMessage("4 problems in in.csv; nothing was sent:\n"
                            + "  in.csv line 1: unknown column 'Phone'; the columns are phone_number_id (required),"
                            + " label, account\n"
                            + "  in.csv line 1: column label appears twice\n"
                            + "  in.csv line 1: unknown column 'acount'; the columns are phone_number_id (required),"
                            + " label, account\n"
                            + "  in.csv line 1: missing column phone_number_id in the header"
                            + " 'Phone,label,label,acount'");
    }

    @Test
    void aLineWithTwoBadFieldsNamesBoth() {
        assertThatThrownBy(() -> read("phone_number_id,account\n10-01,waba\n"))
                .hasMessage("in.csv line 2: phone_number_id '10-01' is not a phone number ID (digits only, as in"
                            + " WhatsApp Manager); account 'waba' is not a WhatsApp Business Account ID (digits only)");
    }

    @Test
    void aDuplicateNumberIsNamedWithBothLines() {
        assertThatThrownBy(() -> read("phone_number_id\n1001\n1002\n1001\n"))
                .hasMessage("in.csv line 4: phone number ID 1001 is already on line 2; list each number once");
    }

    @Test
    void anAccountThatIsNotDigitsIsNamed() {
        assertThatThrownBy(() -> read("phone_number_id,account\n1001,waba-1\n"))
                .hasMessageStartingWith("in.csv line 2: account 'waba-1' is not");
    }

    @Test
    void anEmptyListIsRefused() {
        assertThatThrownBy(() -> read("phone_number_id\n\n")).hasMessage("in.csv: no phone numbers after the header line");
        assertThatThrownBy(() -> read("")).hasMessageStartingWith("in.csv line 1: expected a header line");
    }

    @Test
    void anUnclosedQuoteIsNamed() {
        assertThatThrownBy(() -> read("phone_number_id,label\n1001,\"Berlin\n"))
                .hasMessage("in.csv line 2: a quoted field is not closed");
    }

    @Test
    void theBundledDemoListHoldsEveryDemoNumberOnce() throws Exception {
        List<NumberRow> rows;
        try (Reader reader = new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream(OffboardingApp.DEMO_INPUT), StandardCharsets.UTF_8)) {
            rows = NumbersCsv.read(reader, OffboardingApp.DEMO_INPUT);
        }

        assertThat(rows).extracting(NumberRow::phoneNumberId)
                .containsExactlyInAnyOrderElementsOf(DemoWorld.expectations().keySet());
        for (DemoNumber number : DemoSeed.NUMBERS) {
            assertThat(rows).contains(new NumberRow(rows.stream().filter(r -> r.phoneNumberId().equals(number.id()))
                    .findFirst().orElseThrow().line(), number.id(), number.label(),
                    number.account() == null ? "" : number.account()));
        }
    }

    @Test
    void csvLinesQuoteWhatNeedsIt() {
        assertThat(Csv.line(java.util.Arrays.asList("", "a,b", "say \"hi\"", null, 3)))
                .isEqualTo(",\"a,b\",\"say \"\"hi\"\"\",,3");
    }
}
