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
package io.github.whatsappadmin.camel;

/**
 * The operations each option and header belongs to, as metadata labels: the generated descriptor, docs/reference.md
 * and tooling (Camel JBang, Karavan, IDEs) show them. Camel takes an option's last label as its group, so option
 * labels end with the group.
 */
final class OperationLabels {

    static final String PHONE_NUMBER = "deregister,register,requestCode,verifyCode,setTwoStepPin,getPhoneNumber";
    static final String ALL = PHONE_NUMBER + ",listPhoneNumbers";
    static final String READS = "getPhoneNumber,listPhoneNumbers";
    /** The operations that spend the number's register/deregister allowance, and so pass the budget guard. */
    static final String BUDGETED = "deregister,register";

    private OperationLabels() {
    }
}
