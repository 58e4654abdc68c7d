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

    private OperationLabels() {
    }
}
