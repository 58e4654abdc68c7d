package io.github.whatsappadmin.simulator;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The POST edges of a phone number the simulator implements. A new operation is a new constant: its edge name, the
 * parameters it checks and the state change it makes; the checks every call shares stay in {@link PhoneNumberApi}.
 */
enum PhoneNumberOperation {

    DEREGISTER("deregister") {
        @Override
        Optional<GraphError> apply(SimulatedPhoneNumber number) {
            if (number.incompleteDeregistrationsLeft > 0) {
                number.incompleteDeregistrationsLeft--;
                return Optional.of(GraphErrors.incompleteDeregistration());
            }
            return switch (number.state) {
                case REGISTERED -> {
                    number.state = PhoneNumberState.DEREGISTERED;
                    yield Optional.empty();
                }
                case DEREGISTERED -> Optional.of(GraphErrors.notRegistered());
                case NOT_LINKED -> Optional.of(GraphErrors.notLinked());
                case SMB_APP -> Optional.of(GraphErrors.smbBusiness());
            };
        }
    },

    REGISTER("register") {
        private final Pattern sixDigits = Pattern.compile("\\d{6}");

        @Override
        Optional<GraphError> validate(String body) {
            if (Json.scalarField(body, "messaging_product").isEmpty()) {
                return Optional.of(GraphErrors.missingParameter("messaging_product"));
            }
            Optional<String> pin = Json.scalarField(body, "pin");
            if (pin.isEmpty()) {
                return Optional.of(GraphErrors.missingParameter("pin"));
            }
            return sixDigits.matcher(pin.get()).matches() ? Optional.empty() : Optional.of(GraphErrors.invalidPin());
        }

        @Override
        Optional<GraphError> apply(SimulatedPhoneNumber number) {
            return switch (number.state) {
                // Registering a registered number is accepted again, as Graph does (e.g. to change the PIN).
                case REGISTERED, DEREGISTERED -> {
                    number.state = PhoneNumberState.REGISTERED;
                    yield Optional.empty();
                }
                case NOT_LINKED -> Optional.of(GraphErrors.notLinked());
                case SMB_APP -> Optional.of(GraphErrors.smbBusiness());
            };
        }
    };

    private final String edge;

    PhoneNumberOperation(String edge) {
        this.edge = edge;
    }

    static Optional<PhoneNumberOperation> forEdge(String edge) {
        return Arrays.stream(values()).filter(op -> op.edge.equals(edge)).findFirst();
    }

    /** Register and deregister share the 10-per-72-hours budget; later operations may not. */
    boolean usesRegistrationBudget() {
        return true;
    }

    /** Parameter checks, before anything is counted. */
    Optional<GraphError> validate(String body) {
        return Optional.empty();
    }

    /** The state change, or the error that prevents it. */
    abstract Optional<GraphError> apply(SimulatedPhoneNumber number);
}
