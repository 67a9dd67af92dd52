package org.evaluation.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a text attribute encrypted ({@link PersonalData}); the entity holds the plain value. */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plain) {
        return PersonalData.current().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return PersonalData.current().decrypt(stored);
    }
}
