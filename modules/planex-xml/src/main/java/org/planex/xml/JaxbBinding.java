package org.planex.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import org.planex.xml.binding.HeaderType;

/**
 * The JAXB context of the generated binding, created once (it is expensive and thread-safe).
 */
final class JaxbBinding {

    private static final JAXBContext CONTEXT = create();

    private JaxbBinding() {
    }

    static JAXBContext context() {
        return CONTEXT;
    }

    private static JAXBContext create() {
        try {
            return JAXBContext.newInstance(HeaderType.class.getPackageName(), HeaderType.class.getClassLoader());
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create the JAXB context of the planex binding", e);
        }
    }
}
